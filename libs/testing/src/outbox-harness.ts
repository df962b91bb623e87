import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './api-process.js';
import type { GraphqlClient } from './graphql-client.js';
import type { Session } from './identity-fixtures.js';
import { PushBrowser, verifyVapid } from './push-browser.js';

const run = promisify(execFile);

/** One message an in-process SMTP server accepted. */
export interface CaughtMail {
  to: string[];
  /** The name the sender greeted with (EHLO): which API instance sent it. */
  greeting: string;
  messageId: string;
  subject: string;
  /** The whole message as parsed (headers, text, HTML), for tests that read its body. */
  mail: ParsedMail;
}

/** A real SMTP server in this process that keeps every message it accepts. */
export class MailCatcher {
  private constructor(
    private readonly server: SMTPServer,
    readonly messages: CaughtMail[],
  ) {}

  static async start(): Promise<MailCatcher> {
    const messages: CaughtMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            messages.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              greeting: session.hostNameAppearsAs,
              messageId: mail.messageId ?? '',
              subject: mail.subject ?? '',
              mail,
            });
            callback();
          })
          .catch(callback);
      },
    });
    // a sender killed mid-conversation resets its connection: not this server's failure
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new MailCatcher(server, messages);
  }

  /** SMTP_URL for an API process; `name` is the EHLO greeting it will use. */
  url(name = 'curbside'): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}/?name=${name}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * A push service in this process with the browsers subscribed to it: accepts every message (201),
 * checks its VAPID token (RFC 8292) as a push service does, and has the subscribed browser decrypt
 * it (RFC 8291) with keys made here. Keeps each message's endpoint path, its Topic header (the
 * sender's delivery id) and its plaintext; a message that fails either check is kept in `refused`.
 */
export class PushCatcher {
  private readonly browsers = new Map<string, PushBrowser>();
  readonly received: string[] = [];
  readonly topics: string[] = [];
  readonly payloads: string[] = [];
  readonly refused: string[] = [];
  private server!: Server;

  static async start(): Promise<PushCatcher> {
    const catcher = new PushCatcher();
    catcher.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        catcher.receive(req.url ?? '', req.headers.authorization, String(req.headers.topic ?? ''), chunks);
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => catcher.server.listen(0, '127.0.0.1', resolve));
    return catcher;
  }

  private receive(path: string, authorization: string | undefined, topic: string, chunks: Buffer[]): void {
    this.received.push(path);
    this.topics.push(topic);
    try {
      const browser = this.browsers.get(path);
      if (!browser) throw new Error('no browser subscribed here');
      verifyVapid(String(authorization), `${this.origin}${path}`);
      this.payloads.push(browser.decrypt(Buffer.concat(chunks)).toString('utf8'));
    } catch (error) {
      this.refused.push(`${path}: ${(error as Error).message}`);
    }
  }

  private get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Subscribes the clinician's (simulated) browser at `/push/<name>`, with keys made here. */
  async subscribe(client: GraphqlClient, session: Session, name: string): Promise<void> {
    const browser = new PushBrowser();
    this.browsers.set(`/push/${name}`, browser);
    const res = await client.request(
      'mutation S($i: PushSubscriptionInput!) { subscribePush(input: $i) }',
      { i: { endpoint: `${this.origin}/push/${name}`, ...browser.keys } },
      { token: session.accessToken },
    );
    if (res.errors) throw new Error(`subscribePush failed: ${JSON.stringify(res.errors)}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * A PostgreSQL cluster of its own (initdb in a temporary directory, run as the `postgres` user, on a
 * free port), to restart without touching the machine's shared service. Needs root (runuser).
 */
export class ThrowawayPostgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<ThrowawayPostgres> {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    if (versions.length === 0) throw new Error('No PostgreSQL binaries under /usr/lib/postgresql');
    const bin = `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
    const dir = mkdtempSync(join(tmpdir(), 'curbside-pg-'));
    const { stdout } = await run('id', ['-u', 'postgres']);
    chownSync(dir, Number(stdout.trim()), -1);
    await run('runuser', [
      '-u',
      'postgres',
      '--',
      `${bin}/initdb`,
      '-D',
      `${dir}/data`,
      '-A',
      'trust',
      '-U',
      'postgres',
    ]);
    const cluster = new ThrowawayPostgres(bin, dir, await freePort());
    await cluster.startServer();
    await run('runuser', [
      '-u',
      'postgres',
      '--',
      `${bin}/createdb`,
      '-h',
      '127.0.0.1',
      '-p',
      String(cluster.port),
      'curbside',
    ]);
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/curbside`;
  }

  /** Stops the server the hard way (like a crash: recovery at the next start), then starts it. */
  async restart(): Promise<void> {
    await this.pgCtl(['-m', 'immediate', 'stop']);
    await this.startServer();
  }

  async destroy(): Promise<void> {
    await this.pgCtl(['-m', 'immediate', 'stop']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private startServer(): Promise<void> {
    return this.pgCtl([
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`,
      '-l',
      `${this.dir}/server.log`,
      'start',
    ]);
  }

  private async pgCtl(args: string[]): Promise<void> {
    await run('runuser', [
      '-u',
      'postgres',
      '--',
      `${this.bin}/pg_ctl`,
      '-D',
      `${this.dir}/data`,
      '-w',
      ...args,
    ]);
  }
}
