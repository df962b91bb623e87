import type { ImportProgress, ImportSummary } from './registry-importer.js';
import { MALFORMED_REASON_TEXT, type MalformedReason } from './nppes-record.mapper.js';

const BAR_WIDTH = 30;
const PLAIN_INTERVAL_MS = 5000;

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function percent(p: ImportProgress): string | null {
  return p.totalBytes ? `${((100 * p.bytesRead) / p.totalBytes).toFixed(1)}%` : null;
}

/**
 * Renders import progress on a terminal (a bar redrawn in place) or, when the output is not a
 * terminal (a log file, CI), as a plain line every few seconds.
 */
export class ImportProgressReporter {
  private lastPlain = 0;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly interactive = out.isTTY === true,
  ) {}

  update(progress: ImportProgress): void {
    const pct = percent(progress);
    const rate = `${count(progress.rowsPerSecond)} rows/s`;
    const rows = `${count(progress.rowsRead)} rows`;
    if (this.interactive) {
      const fraction = progress.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : 0;
      const filled = Math.round(fraction * BAR_WIDTH);
      const bar = progress.totalBytes
        ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${pct} `
        : '';
      this.out.write(`\r${bar}${rows}  ${rate}\x1b[K`);
      this.drawn = true;
      return;
    }
    if (progress.elapsedMs - this.lastPlain < PLAIN_INTERVAL_MS) return;
    this.lastPlain = progress.elapsedMs;
    this.out.write(`registry import: ${pct ? `${pct}, ` : ''}${rows}, ${rate}\n`);
  }

  /** Ends the bar's line so that what follows starts on a fresh one. */
  finish(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}

/** The closing summary of an import, as lines of text (line numbers and reasons only, never row contents). */
export function formatImportSummary(summary: ImportSummary, maxMalformedLines = 20): string {
  const lines = [
    'Registry import finished',
    `  rows read:              ${count(summary.rowsRead)}`,
    `  individuals imported:   ${count(summary.individualsImported)}`,
    `  organisations skipped:  ${count(summary.organisationsSkipped)}`,
    `  deactivations:          ${count(summary.deactivationsRead)} read, ${count(summary.deactivationsApplied)} applied`,
    `  malformed rows:         ${count(summary.malformed.total)}`,
  ];
  for (const [reason, n] of Object.entries(summary.malformed.byReason)) {
    lines.push(`    ${reason}: ${count(n)} (${MALFORMED_REASON_TEXT[reason as MalformedReason]})`);
  }
  const listed = summary.malformed.rows.slice(0, maxMalformedLines);
  for (const row of listed) lines.push(`    line ${row.line}: ${row.reason}`);
  if (summary.malformed.total > listed.length) {
    lines.push(`    ... and ${count(summary.malformed.total - listed.length)} more`);
  }
  lines.push(`  duration:               ${(summary.durationMs / 1000).toFixed(2)} s`);
  lines.push(`  throughput:             ${count(summary.rowsPerSecond)} rows/s`);
  return lines.join('\n');
}
