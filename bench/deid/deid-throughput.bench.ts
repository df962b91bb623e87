/**
 * `npm run bench:deid`: COLD single-core speed of the anonymizer on ~3 KB clinical notes it has never
 * seen. Every note is used once (no note repeats, so no per-word fact is cached from a previous
 * pass over the same text); the word lists are loaded before the clock starts and their load time is
 * reported on its own. Notes are built from the generated nursing notes (a seed no evaluation uses),
 * identifiers injected into the shared MTS-Dialog and ACI-BENCH texts, and the shared clinical cases.
 * Throughput is computed from this process's CPU time (MB per CPU second, one core); per-note CPU
 * time is read around every note. Then the `deid` command's start-up is timed on one small file.
 * Figures are reported, not asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Anonymizer } from '../../libs/anonymizer/src/index.js';
import { benchSourceTexts, packNotes } from '../../libs/anonymizer/src/eval/corpora/bench-notes.js';
import { lexicons } from '../../libs/anonymizer/src/lexicon/lexicons.js';

const STARTUP_RUNS = 5;

function percentile(sorted: readonly number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)] ?? 0;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}

interface Cold {
  notes: number;
  bytes: number;
  cpuS: number;
  wallS: number;
  perNote: number[];
}

function runCold(engine: Anonymizer, notes: readonly string[]): Cold {
  const perNote: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const note of notes) {
    const c0 = process.cpuUsage();
    engine.deidentify(note);
    perNote.push(cpuMs(c0));
    bytes += Buffer.byteLength(note, 'utf8');
  }
  const cpuS = cpuMs(cpuStarted) / 1000;
  return { notes: notes.length, bytes, cpuS, wallS: (performance.now() - started) / 1000, perNote };
}

/** Wall time of `deid --text` on one small file, a few runs (includes Node's own start). */
function startup(): number[] {
  const script = fileURLToPath(new URL('../../libs/anonymizer/src/cli/deid.js', import.meta.url));
  const dir = mkdtempSync(join(os.tmpdir(), 'deid-bench-'));
  const file = join(dir, 'note.txt');
  writeFileSync(file, 'Seen by Dr. Okafor at Riverside Clinic on 3/14/2024, call 617-555-0199.');
  const out: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [script, '--text', file], { stdio: 'ignore' });
    out.push(performance.now() - t0);
  }
  rmSync(dir, { recursive: true, force: true });
  return out.sort((a, b) => a - b);
}

function main(): void {
  const { texts, source } = benchSourceTexts();
  const notes = packNotes(texts);
  const l0 = performance.now();
  const c0 = process.cpuUsage();
  lexicons();
  const loadMs = performance.now() - l0;
  const loadCpuMs = cpuMs(c0);
  const cold = runCold(new Anonymizer(), notes);
  const sorted = [...cold.perNote].sort((a, b) => a - b);
  const starts = startup();
  const rows: [string, string][] = [
    ['Text', source],
    ['Notes (each seen once)', `${cold.notes} of ${(cold.bytes / cold.notes / 1024).toFixed(2)} KB (UTF-8)`],
    ['Cold throughput per CPU second, one core', `${(cold.bytes / 1e6 / cold.cpuS).toFixed(2)} MB/s`],
    ['Cold throughput, wall clock', `${(cold.bytes / 1e6 / cold.wallS).toFixed(2)} MB/s`],
    ['CPU time per note p50', `${percentile(sorted, 50).toFixed(3)} ms`],
    ['CPU time per note p99', `${percentile(sorted, 99).toFixed(3)} ms`],
    ['CPU time, first note', `${(cold.perNote[0] ?? 0).toFixed(3)} ms`],
    ['Word lists load (before the clock)', `${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU`],
    [
      `\`deid --text\` start-up, ${STARTUP_RUNS} runs p50 / max`,
      `${percentile(starts, 50).toFixed(0)} / ${(starts[starts.length - 1] ?? 0).toFixed(0)} ms wall`,
    ],
    ['Node', process.version],
    ['Load average (1 min) after run', os.loadavg()[0]?.toFixed(2) ?? '-'],
  ];
  process.stdout.write('\n| Anonymizer, cold, single core | |\n|---|---:|\n');
  for (const [k, v] of rows) process.stdout.write(`| ${k} | ${v} |\n`);
  process.stdout.write('\n');
}

main();
