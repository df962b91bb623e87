import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import redactPii from 'redact-pii';
import { generateSynthetic } from '../../libs/anonymizer/src/eval/synthetic.js';

/**
 * The anonymizer's throughput comes from `npm run bench:deid` (another benchmark, run as it is and
 * its table parsed); redact-pii is measured here on the same corpus, packed the same way (notes of
 * ~3 KB), in this process, single core, by CPU time.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface AnonymizerFigures {
  curbside: Record<string, string>;
  redactPii: {
    corpus: string;
    notes: number;
    mbPerCpuSecond: number;
    notesPerCpuSecond: number;
    p50Ms: number;
  };
}

export function runDeidBench(ms: number): Promise<Record<string, string>> {
  return new Promise((resolve, reject) =>
    execFile(
      'npm',
      ['run', '--silent', 'bench:deid'],
      { cwd: ROOT, env: { ...process.env, BENCH_DEID_MS: String(ms) }, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`bench:deid failed: ${stderr.slice(-800)}`));
        const table: Record<string, string> = {};
        for (const line of stdout.split('\n')) {
          const m = /^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|$/.exec(line);
          if (m && !m[1].startsWith('---') && m[2] !== '---:') table[m[1]] = m[2]!;
        }
        resolve(table);
      },
    ),
  );
}

function corpus(): { texts: string[]; source: string } {
  const shared = join(ROOT, '..', 'shared', 'data', 'deid', 'clinical-cases.jsonl');
  if (existsSync(shared)) {
    const texts = readFileSync(shared, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text?: string }).text)
      .filter((t): t is string => typeof t === 'string');
    return { texts, source: 'shared/data/deid/clinical-cases.jsonl' };
  }
  return { texts: generateSynthetic(600, 7).map((d) => d.text), source: 'synthetic generator (seed 7)' };
}

export function measureRedactPii(ms: number): AnonymizerFigures['redactPii'] {
  const { texts, source } = corpus();
  const notes: string[] = [];
  let current = '';
  for (let i = 0; notes.length < 400 && texts.length > 0; i++) {
    current += (current ? '\n\n' : '') + texts[i % texts.length];
    if (Buffer.byteLength(current) >= 3072) {
      notes.push(current.slice(0, 3072));
      current = '';
    }
  }
  const redactor = new redactPii.SyncRedactor();
  for (let i = 0; i < 20; i++) redactor.redact(notes[i % notes.length]);
  const times: number[] = [];
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; performance.now() - t0 < ms; i++) {
    const note = notes[i % notes.length];
    const s = performance.now();
    redactor.redact(note);
    times.push(performance.now() - s);
    bytes += Buffer.byteLength(note);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  times.sort((a, b) => a - b);
  return {
    corpus: source,
    notes: times.length,
    mbPerCpuSecond: Number((bytes / 1e6 / cpuS).toFixed(3)),
    notesPerCpuSecond: Number((times.length / cpuS).toFixed(1)),
    p50Ms: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(2)),
  };
}
