import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const template = process.env.CURBSIDE_TEST_TEMPLATE;
  if (!template) return;
  delete process.env.CURBSIDE_TEST_TEMPLATE;
  const url = process.env.DATABASE_URL;
  if (url) {
    const root = new URL('../../../', import.meta.url).pathname;
    execFileSync(process.execPath, ['dist/tools/test-template.js', 'drop', url, template], {
      cwd: root,
      stdio: 'inherit',
    });
  } else {
    rmSync(template, { force: true });
  }
}
