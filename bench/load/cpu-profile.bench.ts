import 'reflect-metadata';
import { ApiProcess, freePort } from '@curbside/testing';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type ScenarioName,
  benchApiEnv,
  drain,
  prepareCallers,
  processCpuMs,
  runScenario,
} from './api-load.js';
import { createScratchDatabase } from './scratch-database.js';
import { migrate, postgresTarget, seedCases, seedClinicians } from './seed.js';

/**
 * `npm run bench:cpu`: the API's CPU per request for the feed, the case view and search, measured
 * by count (not time) so that a busy machine changes the wall clock but hardly the figure; with
 * `BENCH_CPU_PROF=1` each scenario runs on its own API process started with `--cpu-prof`, and the
 * profile is summarised (self time by package and by function) for the bench README.
 *
 *   BENCH_CASES=2000 BENCH_CLINICIANS=500 BENCH_REQUESTS=1500 BENCH_CONNECTIONS=4 BENCH_CPU_PROF=1
 *   BENCH_REPLICA_URL=... (an API with DATABASE_REPLICA_URL; see bench/load/README.md)
 *   BENCH_CPU_COMPARE=/path/to/other/checkout BENCH_CPU_BATCH=100: both builds' APIs on the same
 *   database, the requests sent in alternating batches (A B B A ...), so that both meet the same
 *   machine: on a shared machine, the only comparison whose noise is smaller than the difference
 */
const cases = Number(process.env.BENCH_CASES ?? 2000);
const clinicians = Number(process.env.BENCH_CLINICIANS ?? 500);
const requests = Number(process.env.BENCH_REQUESTS ?? 1500);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const profile = process.env.BENCH_CPU_PROF === '1';
/** Another built checkout (`npm run build` done there) to measure beside this one, batch by batch. */
const compareWith = process.env.BENCH_CPU_COMPARE;
const batch = Number(process.env.BENCH_CPU_BATCH ?? 100);
const SCENARIOS: ScenarioName[] = ['feed first page', 'case + 20 replies', 'search (selective)'];

interface Row {
  scenario: ScenarioName;
  requests: number;
  errors: number;
  apiCpuMsPerRequest: number;
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
}

/** The monotonic clock in microseconds: the clock of a .cpuprofile's `startTime` (any process's). */
function nowMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Self time of a V8 .cpuprofile, grouped by where the code comes from: only the samples taken
 * between `from` and `to` (the measured requests, not the start-up or the warm-up), as a share of
 * those that were not idle.
 */
function summarise(file: string, from: number, to: number): string {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number };
    }[];
    startTime: number;
    samples: number[];
    timeDeltas: number[];
  };
  const hitsById = new Map<number, number>();
  let at = prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) {
    at += prof.timeDeltas[i];
    if (at >= from && at <= to) hitsById.set(prof.samples[i], (hitsById.get(prof.samples[i]) ?? 0) + 1);
  }
  let total = 0;
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of prof.nodes) {
    const hits = hitsById.get(node.id) ?? 0;
    const { url, functionName, lineNumber } = node.callFrame;
    if (hits === 0 || functionName === '(idle)') continue;
    total += hits;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const own = /\/dist\/((?:libs|apps)\/[^/]+)/.exec(url)?.[1];
    const group =
      pkg ??
      (own
        ? `curbside ${own}`
        : url.startsWith('node:')
          ? 'node internals'
          : `(${functionName || 'native'})`);
    byGroup.set(group, (byGroup.get(group) ?? 0) + hits);
    const where = pkg ?? own ?? url.replace(/^.*\//, '');
    const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `| ${k} | ${((100 * v) / total).toFixed(1)}% |`)
      .join('\n');
  return (
    `${total} samples of the measured requests, idle left out\n\n` +
    `| by package | self |\n| --- | ---: |\n${top(byGroup, 14)}\n\n` +
    `| by function | self |\n| --- | ---: |\n${top(byFunction, 20)}\n`
  );
}

async function main(): Promise<void> {
  process.stderr.write(`bench:cpu: load average ${load()}\n`);
  const db = await createScratchDatabase('cpu');
  const replicaUrl = process.env.BENCH_REPLICA_URL;
  const profDir = resolve('bench/results/cpu-prof');
  const rows: Row[] = [];
  const summaries: string[] = [];
  const windows = new Map<ScenarioName, [number, number]>();
  try {
    await migrate(db.url);
    const target = postgresTarget(db.url);
    try {
      await seedClinicians(target, clinicians);
      await seedCases(target, clinicians, 0, cases);
    } finally {
      await target.end();
    }
    const env = {
      ...benchApiEnv(db.url),
      ...(replicaUrl ? { DATABASE_REPLICA_URL: replicaUrl.replace('{db}', db.name) } : {}),
    };
    const start = async (label: string): Promise<ApiProcess> => {
      const args = profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profDir, label)}`] : [];
      if (profile) {
        rmSync(join(profDir, label), { recursive: true, force: true });
        mkdirSync(join(profDir, label), { recursive: true });
      }
      const api = new ApiProcess(await freePort(), env, args);
      await api.ready(180_000);
      return api;
    };
    const stop = async (api: ApiProcess): Promise<void> => {
      api.signal('SIGINT');
      await api.exited;
    };
    let api = await start('all');
    const callers = await prepareCallers(api.url, db.url, 16, clinicians);
    if (compareWith) {
      // both APIs fresh (the one that signed the callers in is stopped), started alike
      await stop(api);
      api = await start('this');
      const other = new ApiProcess(await freePort(), env, [], resolve(compareWith));
      try {
        await other.ready(180_000);
        const lines = [
          `API CPU per request, this checkout beside ${compareWith} (${cases} cases, ${requests} requests each ` +
            `in batches of ${batch}, alternating, at ${connections} connections; load average ${load()} at the start)`,
          '',
          '| scenario | this ms/req | other ms/req | this / other | errors |',
          '| --- | ---: | ---: | ---: | ---: |',
        ];
        for (const scenario of SCENARIOS) {
          const sides = [
            { api, cpu: 0, requests: 0, errors: 0 },
            { api: other, cpu: 0, requests: 0, errors: 0 },
          ];
          for (const side of sides) {
            await runScenario(side.api.url, scenario, connections, 0, callers, cases, clinicians, 200);
          }
          await drain(api.url, db.url);
          for (let n = 0; n * batch < requests; n++) {
            for (const side of n % 2 === 0 ? sides : [...sides].reverse()) {
              const before = processCpuMs(side.api.pid);
              const r = await runScenario(
                side.api.url,
                scenario,
                connections,
                0,
                callers,
                cases,
                clinicians,
                batch,
              );
              side.cpu += processCpuMs(side.api.pid) - before;
              side.requests += r.requests;
              side.errors += r.errors;
            }
          }
          const [mine, theirs] = sides.map((side) => side.cpu / side.requests);
          lines.push(
            `| ${scenario} | ${mine.toFixed(3)} | ${theirs.toFixed(3)} | ${(mine / theirs).toFixed(2)} | ` +
              `${sides[0].errors} / ${sides[1].errors} |`,
          );
          process.stderr.write(`bench:cpu: ${scenario}: ${mine.toFixed(3)} vs ${theirs.toFixed(3)} ms/req\n`);
        }
        lines.push('', `load average at the end ${load()}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await stop(other);
        await stop(api);
      }
      return;
    }
    for (const scenario of SCENARIOS) {
      if (profile) {
        await stop(api);
        api = await start(scenario.replace(/[^a-z0-9]+/g, '-'));
      }
      // warm-up: the JIT, the pools, the prepared plans
      await runScenario(api.url, scenario, connections, 0, callers, cases, clinicians, 200);
      await drain(api.url, db.url);
      const before = processCpuMs(api.pid);
      const from = nowMicros();
      const r = await runScenario(api.url, scenario, connections, 0, callers, cases, clinicians, requests);
      windows.set(scenario, [from, nowMicros()]);
      const cpu = processCpuMs(api.pid) - before;
      rows.push({ scenario, requests: r.requests, errors: r.errors, apiCpuMsPerRequest: cpu / r.requests });
      process.stderr.write(`bench:cpu: ${scenario}: ${(cpu / r.requests).toFixed(3)} ms/req\n`);
    }
    await stop(api);
    if (profile) {
      for (const scenario of SCENARIOS) {
        const dir = join(profDir, scenario.replace(/[^a-z0-9]+/g, '-'));
        const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
        const [from, to] = windows.get(scenario) ?? [0, Infinity];
        if (file) summaries.push(`### ${scenario}\n\n${summarise(join(dir, file), from, to)}`);
      }
    }
  } finally {
    await db.drop();
  }
  const lines = [
    `API CPU per request (${cases} cases, ${clinicians} clinicians, ${requests} requests at ${connections} connections, ` +
      `after 200 warm-up; load average ${load()})`,
    '',
    '| scenario | requests | errors | API CPU ms/req |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.scenario} | ${r.requests} | ${r.errors} | ${r.apiCpuMsPerRequest.toFixed(3)} |`,
    ),
    '',
    ...summaries,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
