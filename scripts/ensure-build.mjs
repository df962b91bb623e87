// Builds dist/ when any TypeScript source is newer than the last build, and the web app
// (apps/web/dist) when its sources or the schema are newer than its last build. Prints only to
// stderr, so that `npm run --silent deid < in > out` keeps a clean stdout.
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

const webRoot = join(root, 'apps', 'web');

function newest(path, skip = webRoot) {
  if (!existsSync(path) || path === skip) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    max = Math.max(max, newest(join(path, entry), skip));
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

// The web app: built by Vite into apps/web/dist, which the API serves at /.
const webStamp = join(webRoot, 'dist', '.build-stamp');
const webBuilt = existsSync(webStamp) ? statSync(webStamp).mtimeMs : 0;
const webLatest = Math.max(
  newest(webRoot, null),
  newest(join(root, 'schema', 'schema.graphql')),
  newest(join(root, 'package.json')),
);
if (webLatest > webBuilt) {
  process.stderr.write('curbside: building the web app...\n');
  // A production build of React whatever the caller's NODE_ENV (Jest sets "test").
  const opts = {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, NODE_ENV: 'production' },
  };
  const bin = (name, ...path) => join(root, 'node_modules', name, ...path);
  execFileSync(
    process.execPath,
    [bin('@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--silent', '--config', 'apps/web/codegen.yml'],
    opts,
  );
  execFileSync(
    process.execPath,
    [bin('vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--config', 'apps/web/vite.config.ts'],
    opts,
  );
  writeFileSync(webStamp, new Date().toISOString());
}
