import { execFile } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './api-process.js';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL primary and a hot standby streaming from it, both in a temporary
 * directory on their own loopback ports (never the machine's shared server). Every statement
 * either server receives is written to its own log with the session's application name, so a
 * test can tell which server ran what.
 */
export interface StreamingReplica {
  readonly primaryPort: number;
  readonly replicaPort: number;
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** The server's log so far (statements as `application_name|LOG:  statement: ...`). */
  primaryLog(): string;
  replicaLog(): string;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Freezes (and thaws) the standby's replay: what the primary writes next is not seen there. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL server binaries on this machine (Debian layout), or PG_BIN. */
export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('No PostgreSQL server binaries (initdb) found; set PG_BIN');
  return join(base, versions[0], 'bin');
}

async function postgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null; // not root: the servers run as this user
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

export async function startStreamingReplica(): Promise<StreamingReplica> {
  const bin = postgresBin();
  const owner = await postgresUser();
  // initdb refuses to run as root: as root, the servers run as the postgres user
  const as = (command: string, args: string[]) =>
    owner
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), args);
  const dir = mkdtempSync(join(tmpdir(), 'curbside-replica-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  const primaryLogFile = join(dir, 'primary.log');
  const replicaLogFile = join(dir, 'replica.log');
  const primaryPort = await freePort();
  const replicaPort = await freePort();

  const stopAll = async (): Promise<void> => {
    for (const data of [replicaDir, primaryDir]) {
      if (existsSync(join(data, 'postmaster.pid'))) {
        await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await as('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    appendFileSync(
      join(primaryDir, 'postgresql.conf'),
      [
        '',
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        'hot_standby = on',
        'max_connections = 60',
        'shared_buffers = 32MB',
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        "log_statement = 'all'",
        "log_line_prefix = '%a|'",
        '',
      ].join('\n'),
    );
    appendFileSync(join(primaryDir, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    await as('pg_ctl', ['-D', primaryDir, '-l', primaryLogFile, '-w', '-t', '60', 'start']);
    await as('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    // the copy carries the primary's settings; a later line wins
    appendFileSync(join(replicaDir, 'postgresql.conf'), `\nport = ${replicaPort}\n`);
    await as('pg_ctl', ['-D', replicaDir, '-l', replicaLogFile, '-w', '-t', '60', 'start']);
  } catch (error) {
    await stopAll();
    throw error;
  }

  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async <T>(port: number, sql: string): Promise<T[]> => {
    const client = new pg.Client({
      connectionString: url(port, 'postgres'),
      application_name: 'test-harness',
    });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const [recovery] = await query<{ standby: boolean }>(replicaPort, 'SELECT pg_is_in_recovery() AS standby');
  if (!recovery?.standby) {
    await stopAll();
    throw new Error('The second server is not a standby');
  }

  return {
    primaryPort,
    replicaPort,
    primaryUrl: (database) => url(primaryPort, database),
    replicaUrl: (database) => url(replicaPort, database),
    primaryLog: () => readFileSync(primaryLogFile, 'utf8'),
    replicaLog: () => readFileSync(replicaLogFile, 'utf8'),
    async caughtUp(timeoutMs = 15_000) {
      const [{ lsn }] = await query<{ lsn: string }>(primaryPort, 'SELECT pg_current_wal_lsn()::text AS lsn');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ behind }] = await query<{ behind: boolean }>(
          replicaPort,
          `SELECT coalesce(pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn, true) AS behind`,
        );
        if (!behind) return;
        if (Date.now() > deadline) throw new Error(`The standby did not replay up to ${lsn}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async pauseReplay() {
      await query(replicaPort, 'SELECT pg_wal_replay_pause()');
    },
    async resumeReplay() {
      await query(replicaPort, 'SELECT pg_wal_replay_resume()');
    },
    stop: stopAll,
  };
}
