import { BlockList, isIP } from 'node:net';

/** Thrown by {@link TrustedProxies.parse}; the message names every entry that is not an address or range. */
export class TrustedProxiesError extends Error {
  constructor(readonly entries: string[]) {
    super(
      `TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges ` +
        `(e.g. 10.0.0.0/8,2001:db8::/32); not understood: ${entries.join(', ')}`,
    );
    this.name = 'TrustedProxiesError';
  }
}

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`, as a dual-stack socket reports it). */
const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * An address as written in a socket or an X-Forwarded-For entry, reduced to its plain form: IPv4
 * mapped into IPv6 becomes IPv4, brackets and a port (`[2001:db8::1]:443`, `10.0.0.1:5000`) are
 * dropped, IPv6 is lower-cased. `undefined` when it is not an IP address.
 */
export function normalizeAddress(raw: string): string | undefined {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = MAPPED_V4.exec(value);
  if (mapped) value = mapped[1];
  const family = isIP(value);
  if (family === 0) return undefined;
  return family === 6 ? value.toLowerCase() : value;
}

/**
 * The proxies (load balancers) whose X-Forwarded-For the API believes: TRUSTED_PROXIES, a
 * comma-separated list of addresses and CIDR ranges, IPv4 or IPv6. Empty, the default, trusts
 * nobody: the client address is then always the connection's peer, and the header is ignored.
 */
export class TrustedProxies {
  private constructor(
    private readonly list: BlockList,
    /** How many entries were given (0: trust nobody). */
    readonly size: number,
  ) {}

  /** Parses the setting; throws {@link TrustedProxiesError} naming every entry it cannot read. */
  static parse(value: string): TrustedProxies {
    const list = new BlockList();
    const bad: string[] = [];
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    for (const entry of entries) {
      const [address, prefix, ...rest] = entry.split('/');
      // an address as written (no brackets, no port), or address/prefix
      const plain = rest.length === 0 && isIP(address) !== 0 ? normalizeAddress(address) : undefined;
      if (!plain) {
        bad.push(entry);
        continue;
      }
      const type = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) {
        list.addAddress(plain, type);
        continue;
      }
      const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
      if (!(bits >= 0 && bits <= (type === 'ipv6' ? 128 : 32))) {
        bad.push(entry);
        continue;
      }
      list.addSubnet(plain, bits, type);
    }
    if (bad.length > 0) throw new TrustedProxiesError(bad);
    return new TrustedProxies(list, entries.length);
  }

  /** Whether `address` (any form {@link normalizeAddress} reads) is one of the trusted proxies. */
  isTrusted(address: string): boolean {
    if (this.size === 0) return false;
    const plain = normalizeAddress(address);
    if (!plain) return false;
    return this.list.check(plain, isIP(plain) === 6 ? 'ipv6' : 'ipv4');
  }

  /**
   * The client address of a request: the connection's peer, unless the peer is a trusted proxy;
   * then X-Forwarded-For is read from the right (each proxy appends the address it saw) and the
   * first entry that is not a trusted proxy is the client. A header from an untrusted peer is
   * ignored whatever it says, so a client cannot choose its own address; entries left of the first
   * untrusted one were written by the client and are never read. When every entry is trusted the
   * leftmost is the client; an entry that is not an address ends the walk at the hop before it.
   */
  clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
    let address = (peer && normalizeAddress(peer)) ?? peer ?? 'unknown';
    if (!this.isTrusted(address) || forwardedFor === undefined) return address;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
    for (let i = hops.length - 1; i >= 0; i--) {
      if (hops[i].trim() === '') continue;
      const hop = normalizeAddress(hops[i]);
      if (!hop) return address;
      address = hop;
      if (!this.isTrusted(hop)) return hop;
    }
    return address;
  }
}

const parsed = new WeakMap<object, TrustedProxies>();

/** The parsed TRUSTED_PROXIES of a configuration, parsed once (it was validated at boot). */
export function trustedProxiesOf(config: { TRUSTED_PROXIES: string }): TrustedProxies {
  let proxies = parsed.get(config);
  if (!proxies) {
    proxies = TrustedProxies.parse(config.TRUSTED_PROXIES);
    parsed.set(config, proxies);
  }
  return proxies;
}
