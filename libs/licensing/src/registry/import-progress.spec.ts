import { formatImportSummary, ImportProgressReporter } from './import-progress.js';
import { MalformedReason } from './nppes-record.mapper.js';
import type { ImportProgress, ImportSummary } from './registry-importer.js';

function sink(isTTY: boolean): { out: NodeJS.WritableStream & { isTTY: boolean }; text: () => string } {
  const chunks: string[] = [];
  const out = {
    isTTY,
    write: (chunk: string) => {
      chunks.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WritableStream & { isTTY: boolean };
  return { out, text: () => chunks.join('') };
}

const HALF: ImportProgress = {
  rowsRead: 12_345,
  bytesRead: 500,
  totalBytes: 1000,
  elapsedMs: 6000,
  rowsPerSecond: 2057.5,
};

describe(ImportProgressReporter.name, () => {
  it('should draw a bar with the percentage, rows and rate on a terminal', () => {
    const { out, text } = sink(true);
    const reporter = new ImportProgressReporter(out);
    reporter.update(HALF);
    reporter.finish();
    expect(text()).toBe(`\r[${'#'.repeat(15)}${'-'.repeat(15)}] 50.0% 12,345 rows  2,058 rows/s\x1b[K\n`);
  });

  it('should write plain lines at most every five seconds when the output is not a terminal', () => {
    const { out, text } = sink(false);
    const reporter = new ImportProgressReporter(out);
    reporter.update({ ...HALF, elapsedMs: 1000 });
    reporter.update(HALF);
    reporter.update({ ...HALF, elapsedMs: 7000 });
    reporter.finish();
    expect(text()).toBe('registry import: 50.0%, 12,345 rows, 2,058 rows/s\n');
  });
});

describe(formatImportSummary.name, () => {
  it('should list malformed rows by line and reason, and say how many more there were', () => {
    const summary: ImportSummary = {
      rowsRead: 10,
      individualsImported: 6,
      organisationsSkipped: 1,
      deactivationsRead: 0,
      deactivationsApplied: 0,
      malformed: {
        total: 3,
        byReason: { [MalformedReason.INVALID_NPI]: 3 },
        rows: [
          { line: 4, reason: MalformedReason.INVALID_NPI },
          { line: 7, reason: MalformedReason.INVALID_NPI },
          { line: 9, reason: MalformedReason.INVALID_NPI },
        ],
      },
      bytesRead: 100,
      durationMs: 2000,
      rowsPerSecond: 5,
    };
    const text = formatImportSummary(summary, 2);
    expect(text).toContain('line 4: INVALID_NPI');
    expect(text).toContain('line 7: INVALID_NPI');
    expect(text).not.toContain('line 9');
    expect(text).toContain('... and 1 more');
    expect(text).toContain('individuals imported:   6');
  });
});
