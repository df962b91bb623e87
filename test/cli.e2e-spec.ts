import { FileMailTransport } from '@curbside/notifications';
import { ApiProcess, GraphqlClient, freePort, login } from '@curbside/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

function cli(
  args: string[],
  env: Record<string, string>,
  stdin = '',
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/tools/cli.js', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

describe('The command line on an embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'curbside-cli-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };

  it('should create an administrator from a password on standard input, without printing it', async () => {
    const password = 'cli-admin-password-7781';
    const created = await cli(
      ['admin:create', '--email', 'Chief@Clinic.test', '--password-stdin'],
      env,
      `${password}\n`,
    );
    expect(created.code).toBe(0);
    expect(created.out).not.toContain(password);
    const again = await cli(
      ['admin:create', '--email', 'chief@clinic.test', '--password-stdin'],
      env,
      `${password}\n`,
    );
    expect(again.code).toBe(1);
    const weak = await cli(
      ['admin:create', '--email', 'weak@clinic.test', '--password-stdin'],
      env,
      'short\n',
    );
    expect(weak.code).toBe(2);

    const api = new ApiProcess(await freePort(), env);
    try {
      await api.ready();
      const client = new GraphqlClient(`${api.url}/graphql`);
      const session = await login(client, 'chief@clinic.test', password);
      const me = await client.request<{ me: { role: string } }>(
        '{ me { role } }',
        {},
        { token: session.accessToken },
      );
      expect(me.errors).toBeUndefined();
      expect(me.data?.me.role).toBe('ADMIN');
    } finally {
      api.signal('SIGTERM');
      await api.exited;
    }
  });

  it('should import the NPPES sample file and report what it skipped', async () => {
    const result = await cli(['registry:import', 'libs/licensing/test-data/nppes-sample.csv'], env);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/rows read:\s+30\b/);
    expect(result.out).toMatch(/individuals imported:\s+18\b/);
    expect(result.out).toMatch(/malformed rows:\s+7\b/);
  });

  it('should list the local mail outbox newest first and show one message', async () => {
    const empty = await cli(['mail:list'], env);
    expect(empty.code).toBe(0);
    expect(empty.out).toMatch(/No e-mail in the local outbox yet/);

    // the transport the API uses when SMTP_URL is not set
    const outbox = new FileMailTransport(join(dataDir, 'mail-outbox.jsonl'));
    for (const n of [1, 2]) {
      await outbox.send({
        from: 'notifications@curbside.local',
        to: `doctor${n}@clinic.test`,
        subject: `Subject number ${n}`,
        text: `Plain body number ${n}`,
        html: `<p>HTML body ${n}</p>`,
        headers: {},
        messageId: `<m${n}@curbside>`,
      });
    }
    const listed = await cli(['mail:list', '--show', '1'], env);
    expect(listed.code).toBe(0);
    const lines = listed.out.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('doctor2@clinic.test  Subject number 2');
    expect(lines[1]).toContain('doctor1@clinic.test  Subject number 1');
    expect(listed.out).toContain('Plain body number 2');
    expect(listed.out).not.toContain('Plain body number 1');

    const wrong = await cli(['mail:list', '--last', 'zero'], env);
    expect(wrong.code).toBe(2);
  });
});
