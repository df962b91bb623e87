import {
  ApiProcess,
  GraphqlClient,
  STRONG_PASSWORD,
  freePort,
  login,
  uploadAttachment,
  verifiedClinician,
  waitForAttachment,
} from '@curbside/testing';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textImage } from '../libs/media/src/testing/media-fixtures.js';

const ADMIN = { email: 'crash.admin@curbside.test', password: STRONG_PASSWORD };

/** The `attachment processing started` log lines of a process: attachment id and attempt number. */
function startedLines(output: string[]): { attachmentId: string; attempts: number }[] {
  return output
    .join('')
    .split('\n')
    .filter((line) => line.includes('"attachment processing started"'))
    .map((line) => JSON.parse(line) as { attachmentId: string; attempts: number });
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A crash in the middle of processing: the API process is killed (SIGKILL, no shutdown hook runs)
 * while the media job works on an upload. After a restart on the same data, the job, lost with the
 * process, expires and is delivered again; the attachment reaches READY and its raw bytes are gone.
 */
describe('Media processing survives a crash', () => {
  let dataDir: string;
  let first: ApiProcess | undefined;
  let second: ApiProcess | undefined;
  const env = () => ({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    CURBSIDE_ADMIN_EMAIL: ADMIN.email,
    CURBSIDE_ADMIN_PASSWORD: ADMIN.password,
    // Lost jobs are found within seconds rather than five minutes.
    MEDIA_JOB_EXPIRE_SECONDS: '6',
    JOBS_MAINTENANCE_SECONDS: '1',
    MEDIA_FACES: 'false',
  });

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'curbside-media-crash-'));
  });

  afterAll(async () => {
    for (const api of [first, second]) {
      if (!api) continue;
      api.signal('SIGKILL');
      await api.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('should retry a job cut short by a killed process after restart, reach READY and delete the raw bytes', async () => {
    first = new ApiProcess(await freePort(), env());
    await first.ready(240_000);
    let client = new GraphqlClient(`${first.url}/graphql`);
    const admin = await login(client, ADMIN.email, ADMIN.password);
    const author = await verifiedClinician(client, admin, 'Dr Crash Author');
    const photo = await textImage(1600, 1200, [
      { text: 'Patient: Jonas Whitfield', x: 60, y: 200, size: 64 },
      { text: 'MRN 48213377', x: 60, y: 320, size: 64 },
    ]);
    const up = await uploadAttachment(first.url, author.accessToken, photo, 'image/png');
    expect(up.status).toBe(202);
    const id = up.body.id!;
    const quarantined = join(dataDir, 'media-quarantine', 'q-', `q-${id}`);

    // The job has started (the OCR worker is still loading, or reading): kill the process now.
    const running = first;
    await until(() => startedLines(running.output).some((l) => l.attachmentId === id), 60_000, 'the job');
    running.signal('SIGKILL');
    expect((await running.exited).signal).toBe('SIGKILL');
    expect(startedLines(running.output).some((l) => l.attachmentId === id)).toBe(true);
    expect(running.output.join('')).not.toContain('"attachment processed"');
    // The raw upload waits in quarantine for the retry; nothing was rendered.
    expect(existsSync(quarantined)).toBe(true);

    second = new ApiProcess(await freePort(), env());
    await second.ready(240_000);
    client = new GraphqlClient(`${second.url}/graphql`);
    const again = await login(client, author.email, STRONG_PASSWORD);
    const done = await waitForAttachment(client, again.accessToken, id);
    expect(done.status).toBe('READY');
    // Delivered again by the queue: the second attempt, in the new process.
    expect(startedLines(second.output)).toContainEqual(
      expect.objectContaining({ attachmentId: id, attempts: 2 }),
    );
    expect(existsSync(quarantined)).toBe(false);
    // The burned-in identifiers were masked by the retried job.
    expect((done.autoMasks as unknown[]).length).toBeGreaterThanOrEqual(3);
    const served = await fetch(`${second.url}${done.url as string}`);
    expect(served.status).toBe(200);
  }, 600_000);
});
