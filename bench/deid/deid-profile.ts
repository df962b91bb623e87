/**
 * `npm run bench:deid:profile [-- --passes 2] [-- --profile out.cpuprofile]`: where the CPU time of
 * `bench:deid`'s cold pass goes. Runs the same notes, each once per pass, after the word lists are
 * loaded, and prints per pass the MB per CPU second and the CPU time of the main thread against
 * V8's other threads (its compiler and collector helpers, read from /proc/self/task on Linux). With
 * `--profile FILE` it samples the main thread with the inspector's profiler (200 µs) during the first
 * pass, writes the profile (open it in Chrome's DevTools) and prints the top self times by function.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Anonymizer } from '../../libs/anonymizer/src/index.js';
import { benchSourceTexts, packNotes } from '../../libs/anonymizer/src/eval/corpora/bench-notes.js';
import { lexicons } from '../../libs/anonymizer/src/lexicon/lexicons.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** CPU milliseconds per thread id, or an empty map where /proc is not there. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const id of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks of 10 ms
      out.set(id, (Number(fields[11]) + Number(fields[12])) * 10);
    }
  } catch {
    // not Linux: per-thread figures are left out
  }
  return out;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function topSelf(profile: Profile, count: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length || 1;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, n]) => `${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`);
}

async function main(): Promise<void> {
  const passes = Number(argument('--passes') ?? 1);
  const profileFile = argument('--profile');
  const notes = packNotes(benchSourceTexts().texts);
  lexicons();
  const session = new Session();
  session.connect();
  if (profileFile !== undefined) {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const engine = new Anonymizer();
  const main = String(process.pid);
  for (let pass = 0; pass < passes; pass++) {
    const before = threadCpu();
    const cpu0 = process.cpuUsage();
    let bytes = 0;
    for (const note of notes) {
      engine.deidentify(note);
      bytes += Buffer.byteLength(note, 'utf8');
    }
    const cpu = process.cpuUsage(cpu0);
    const after = threadCpu();
    let others = 0;
    for (const [id, ms] of after) if (id !== main) others += ms - (before.get(id) ?? 0);
    const mainMs = (after.get(main) ?? 0) - (before.get(main) ?? 0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    process.stdout.write(
      `pass ${pass + 1}: ${(bytes / 1e6 / cpuS).toFixed(2)} MB per CPU second; CPU ${(cpuS * 1000).toFixed(0)} ms` +
        (after.size > 0 ? `, main thread ${mainMs} ms, other threads ${others} ms\n` : '\n'),
    );
    if (pass === 0 && profileFile !== undefined) {
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
      writeFileSync(profileFile, JSON.stringify(profile));
      process.stdout.write(`${topSelf(profile, 30).join('\n')}\n`);
    }
  }
  session.disconnect();
}

await main();
