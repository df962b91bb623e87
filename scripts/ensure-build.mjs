// Builds dist/ when any TypeScript source is newer than the last build. Prints only to stderr,
// so that `npm run --silent deid < in > out` keeps a clean stdout.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const roots = [
  'apps',
  'libs',
  'migrations',
  'tools',
  'bench',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const latest = Math.max(...roots.map((r) => newest(join(root, r))));
if (latest > built) {
  process.stderr.write('curbside: building (sources changed since the last build)...\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const alias = join(root, 'node_modules', 'tsc-alias', 'dist', 'bin', 'index.js');
  const opts = { cwd: root, stdio: ['ignore', process.stderr, process.stderr] };
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], opts);
  } catch (error) {
    // Exit status 2: type errors, but JavaScript was emitted. `npm run typecheck` is the gate for
    // types (CI runs it); running the emitted code is still useful while a change is in progress.
    if (error.status !== 2) throw error;
    process.stderr.write(
      'curbside: the build has type errors (see above); running the emitted JavaScript.\n',
    );
  }
  execFileSync(process.execPath, [alias, '-p', 'tsconfig.build.json'], opts);
  writeFileSync(stamp, new Date().toISOString());
}
