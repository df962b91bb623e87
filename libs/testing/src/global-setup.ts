import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Once per Jest run: build dist/ (the e2e suites also start the real server process) and make the
 * migrated template every suite copies its database from. Both Jest projects call this; the second
 * call finds the template made and returns.
 */
export default function globalSetup(): void {
  if (process.env.CURBSIDE_TEST_TEMPLATE) return;
  const root = new URL('../../../', import.meta.url).pathname;
  const run = (args: string[]): void => {
    execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  };
  run(['scripts/ensure-build.mjs']);
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `curbside_tpl_${randomBytes(4).toString('hex')}`;
    run(['dist/tools/test-template.js', 'postgres', url, name]);
    process.env.CURBSIDE_TEST_TEMPLATE = name;
  } else {
    const file = join(tmpdir(), `curbside-template-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    run(['dist/tools/test-template.js', 'pglite', file]);
    process.env.CURBSIDE_TEST_TEMPLATE = file;
  }
}
