import { freePort } from '@curbside/testing';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The PostGraphile peer as a child process. PostGraphile v5 lives in bench/peer/package.json (its
 * own lock file), not in the root install: it declares engines node >= 22 and would print engine
 * warnings in the project's `npm install` (issue #13). It is installed here on first use.
 */

/** bench/peer in the source tree (this file runs from dist/bench/peer). */
export const PEER_DIR = fileURLToPath(new URL('../../../bench/peer/', import.meta.url));

/** `npm install --prefix bench/peer` when its node_modules is missing (needs the npm registry once). */
export function ensurePeerInstalled(say: (message: string) => void): void {
  if (existsSync(join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  say('installing the peer (PostGraphile) into bench/peer/node_modules (once)');
  // --loglevel=error: its engines field (node >= 22) warns on Node 20; the CLI runs on 20 all the same
  execFileSync(
    'npm',
    ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

export class PeerProcess {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  constructor(
    readonly port: number,
    env: Record<string, string>,
  ) {
    this.child = spawn(process.execPath, [join(PEER_DIR, 'server.mjs')], {
      cwd: PEER_DIR,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await this.exited;
  }

  /** Resolves once the schema is built and the server listens; rejects if it exits first. */
  async ready(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline && !exited) {
      if (this.output.join('').includes('peer listening')) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`peer not ready (exited: ${exited}): ${this.output.join('').slice(-3000)}`);
  }
}

/** Starts PostGraphile on `databaseUrl` (prepared by installPeerSchema for `role`). */
export async function startPeer(
  databaseUrl: string,
  role: string,
  jwtSecret: string,
  schemaFile?: string,
): Promise<PeerProcess> {
  const peer = new PeerProcess(await freePort(), {
    PEER_DATABASE_URL: databaseUrl,
    PEER_ROLE: role,
    PEER_JWT_SECRET: jwtSecret,
    ...(schemaFile ? { PEER_SCHEMA_FILE: schemaFile } : {}),
  });
  await peer.ready();
  return peer;
}
