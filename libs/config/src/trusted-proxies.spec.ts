import 'reflect-metadata';
import { loadConfig } from './app-config.js';
import { TrustedProxies, TrustedProxiesError, normalizeAddress } from './trusted-proxies.js';

describe(TrustedProxies.name, () => {
  describe('parse', () => {
    it('should read addresses and CIDR ranges, IPv4 and IPv6, with spaces and empty entries', () => {
      const proxies = TrustedProxies.parse(' 10.0.0.0/8, 192.168.1.7 ,,2001:db8::/32, ::1 ');

      expect(proxies.size).toBe(4);
      expect(proxies.isTrusted('10.200.3.4')).toBe(true);
      expect(proxies.isTrusted('192.168.1.7')).toBe(true);
      expect(proxies.isTrusted('192.168.1.8')).toBe(false);
      expect(proxies.isTrusted('2001:db8:ffff::1')).toBe(true);
      expect(proxies.isTrusted('2001:db9::1')).toBe(false);
      expect(proxies.isTrusted('::1')).toBe(true);
      expect(proxies.isTrusted('11.0.0.1')).toBe(false);
    });

    it('should trust nobody when empty', () => {
      const proxies = TrustedProxies.parse('');

      expect(proxies.size).toBe(0);
      expect(proxies.isTrusted('127.0.0.1')).toBe(false);
      expect(proxies.isTrusted('::1')).toBe(false);
    });

    it('should match an IPv4 peer reported as IPv6 (::ffff:a.b.c.d) against an IPv4 range', () => {
      expect(TrustedProxies.parse('10.0.0.0/8').isTrusted('::ffff:10.1.2.3')).toBe(true);
    });

    it.each([
      ['a host name', 'lb.internal'],
      ['a prefix too long for IPv4', '10.0.0.0/33'],
      ['a prefix too long for IPv6', '2001:db8::/129'],
      ['a prefix that is not a number', '10.0.0.0/eight'],
      ['two prefixes', '10.0.0.0/8/8'],
      ['a port', '10.0.0.1:8080'],
      ['an address out of range', '10.0.0.256'],
      ['a wildcard', '*'],
    ])('should refuse %s, naming the entry', (_what, entry) => {
      expect(() => TrustedProxies.parse(`10.0.0.1,${entry}`)).toThrow(TrustedProxiesError);
      expect(() => TrustedProxies.parse(`10.0.0.1,${entry}`)).toThrow(entry);
    });
  });

  describe('clientAddress', () => {
    const proxies = TrustedProxies.parse('10.0.0.0/8,2001:db8::/32');

    it('should ignore X-Forwarded-For from a peer that is not trusted (a forged header)', () => {
      expect(proxies.clientAddress('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
      expect(TrustedProxies.parse('').clientAddress('127.0.0.1', '198.51.100.1')).toBe('127.0.0.1');
    });

    it('should take the entry a trusted proxy appended', () => {
      expect(proxies.clientAddress('10.0.0.5', '198.51.100.1')).toBe('198.51.100.1');
    });

    it('should take the rightmost untrusted entry, not what the client wrote to the left of it', () => {
      // the client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw
      expect(proxies.clientAddress('10.0.0.5', '1.1.1.1, 198.51.100.1')).toBe('198.51.100.1');
    });

    it('should walk a chain of trusted proxies', () => {
      expect(proxies.clientAddress('10.0.0.5', '1.1.1.1, 198.51.100.1, 10.9.9.9, 10.0.0.7')).toBe(
        '198.51.100.1',
      );
    });

    it('should read the header when it comes in several lines', () => {
      expect(proxies.clientAddress('10.0.0.5', ['1.1.1.1', '198.51.100.1, 10.0.0.7'])).toBe('198.51.100.1');
    });

    it('should work for IPv6 peers and clients, brackets and ports included', () => {
      expect(proxies.clientAddress('2001:db8::10', '2001:DB9::1')).toBe('2001:db9::1');
      expect(proxies.clientAddress('2001:db8::10', '[2001:db9::1]:51000')).toBe('2001:db9::1');
      expect(proxies.clientAddress('::ffff:10.0.0.5', '198.51.100.1:443')).toBe('198.51.100.1');
    });

    it('should keep the trusted hop when the next entry is not an address', () => {
      expect(proxies.clientAddress('10.0.0.5', 'nonsense, 10.0.0.6')).toBe('10.0.0.6');
      expect(proxies.clientAddress('10.0.0.5', 'unknown')).toBe('10.0.0.5');
    });

    it('should take the leftmost entry when every entry is a trusted proxy', () => {
      expect(proxies.clientAddress('10.0.0.5', '10.0.0.6, 10.0.0.7')).toBe('10.0.0.6');
    });

    it('should be the peer when a trusted proxy sends no header', () => {
      expect(proxies.clientAddress('10.0.0.5', undefined)).toBe('10.0.0.5');
      expect(proxies.clientAddress('10.0.0.5', '')).toBe('10.0.0.5');
    });

    it('should say unknown when the socket has no peer address', () => {
      expect(proxies.clientAddress(undefined, '198.51.100.1')).toBe('unknown');
    });
  });

  describe('normalizeAddress', () => {
    it('should reduce the forms a socket or a proxy writes to one', () => {
      expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
      expect(normalizeAddress(' 192.0.2.1:8080 ')).toBe('192.0.2.1');
      expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
      expect(normalizeAddress('example.org')).toBeUndefined();
    });
  });
});

describe('TRUSTED_PROXIES in the configuration', () => {
  it('should default to trusting nobody', () => {
    expect(loadConfig({}).TRUSTED_PROXIES).toBe('');
  });

  it('should stop the boot with a message that names the bad entry', () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.local' })).toThrow(
      /TRUSTED_PROXIES .*not understood: proxy\.local/,
    );
  });

  it('should accept a valid list', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toBe('10.0.0.0/8, ::1');
  });
});
