/**
 * `npm run bench:deid`: single-core throughput of the anonymizer on ~3 KB clinical notes.
 * Notes are built from the shared clinical development corpus when it sits beside the repository,
 * else from the synthetic generator. Prints a Markdown table; figures are reported, not asserted.
 * Throughput is computed from this process's CPU time, so a busy machine does not understate it;
 * wall-clock figures are printed beside it. Per-note CPU time is sampled on every 11th note, as
 * reading the CPU clock per note would itself be a few percent of the work being measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Anonymizer } from '../../libs/anonymizer/src/index.js';
import { generateSynthetic } from '../../libs/anonymizer/src/eval/synthetic.js';

const NOTE_BYTES = 3 * 1024;
const MEASURE_MS = Number(process.env['BENCH_DEID_MS'] ?? 8000);
/** Per-note CPU time is measured on every 11th note (see the measuring loop). */
const CPU_SAMPLE_STRIDE = 11;

function sourceTexts(): { texts: string[]; source: string } {
  const texts: string[] = [];
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const shared = join(root, '..', 'shared', 'data', 'deid', 'clinical-cases.jsonl');
  if (existsSync(shared)) {
    for (const line of readFileSync(shared, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed = JSON.parse(line) as { text?: unknown };
      if (typeof parsed.text === 'string') texts.push(parsed.text);
    }
    return { texts, source: 'shared/data/deid/clinical-cases.jsonl' };
  }
  return { texts: generateSynthetic(600, 7).map((d) => d.text), source: 'synthetic generator (seed 7)' };
}

/** Packs texts into notes of about 3 KB (UTF-8), as a long case post would be. */
function buildNotes(texts: readonly string[]): string[] {
  const notes: string[] = [];
  let current = '';
  for (let i = 0; notes.length < 400; i++) {
    const t = texts[i % texts.length] ?? '';
    current = current === '' ? t : `${current}\n\n${t}`;
    if (Buffer.byteLength(current, 'utf8') >= NOTE_BYTES) {
      notes.push(current.slice(0, NOTE_BYTES));
      current = '';
    }
  }
  return notes;
}

function percentile(sorted: readonly number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)] ?? 0;
}

function main(): void {
  const engine = new Anonymizer();
  const loadStart = performance.now();
  engine.deidentify('Warm up the lexicons: Dr. Wilson in Ottumwa, IA on 3/14/2024.');
  const loadMs = performance.now() - loadStart;
  const { texts, source } = sourceTexts();
  const notes = buildNotes(texts);
  for (let i = 0; i < 200; i++) engine.deidentify(notes[i % notes.length] ?? '');

  const noteBytes = notes.map((n) => Buffer.byteLength(n, 'utf8'));
  const latencies: number[] = [];
  const cpuLatencies: number[] = [];
  let bytes = 0;
  let findings = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; performance.now() - started < MEASURE_MS; i++) {
    const note = notes[i % notes.length] ?? '';
    // per-note CPU time is sampled (process.cpuUsage() costs about as much as a small note's share
    // of the work); the stride is prime to the note count, so every note gets sampled in turn
    const sampled = i % CPU_SAMPLE_STRIDE === 0;
    const c0 = sampled ? process.cpuUsage() : undefined;
    const t0 = performance.now();
    findings += engine.deidentify(note).findings.length;
    latencies.push(performance.now() - t0);
    if (c0 !== undefined) {
      const c1 = process.cpuUsage(c0);
      cpuLatencies.push((c1.user + c1.system) / 1000);
    }
    bytes += noteBytes[i % notes.length] ?? 0;
  }
  const elapsedS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  cpuLatencies.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const rows: [string, string][] = [
    ['Text', source],
    ['Notes', String(latencies.length)],
    ['Note size', `${(bytes / latencies.length / 1024).toFixed(2)} KB (UTF-8)`],
    ['Throughput per CPU second', `${(bytes / 1e6 / cpuS).toFixed(2)} MB/s`],
    ['Throughput, wall clock', `${(bytes / 1e6 / elapsedS).toFixed(2)} MB/s`],
    ['Notes per CPU second', (latencies.length / cpuS).toFixed(0)],
    ['CPU time per note p50', `${percentile(cpuLatencies, 50).toFixed(3)} ms`],
    ['CPU time per note p99', `${percentile(cpuLatencies, 99).toFixed(3)} ms`],
    ['CPU time per note sampled on', `every ${CPU_SAMPLE_STRIDE}th note (${cpuLatencies.length})`],
    ['Wall latency p50', `${percentile(latencies, 50).toFixed(3)} ms`],
    ['Wall latency p99', `${percentile(latencies, 99).toFixed(3)} ms`],
    ['Latency max', `${(latencies[latencies.length - 1] ?? 0).toFixed(3)} ms`],
    ['Findings per note', (findings / latencies.length).toFixed(1)],
    ['Lexicon load (first call)', `${loadMs.toFixed(0)} ms`],
    ['Node', process.version],
    ['Load average (1 min) during run', os.loadavg()[0]?.toFixed(2) ?? '-'],
  ];
  process.stdout.write('\n| Anonymizer, single core | |\n|---|---:|\n');
  for (const [k, v] of rows) process.stdout.write(`| ${k} | ${v} |\n`);
  process.stdout.write('\n');
}

main();
