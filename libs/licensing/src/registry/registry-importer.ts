import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { type CsvItem, readCsvRecords } from './csv-reader.js';
import {
  MalformedReason,
  type NppesLayout,
  type RegistryRow,
  mapNppesRecord,
  nppesLayout,
  RegistryFormatError,
} from './nppes-record.mapper.js';
import { applyDeactivations, upsertRegistryRows } from './registry-upsert.js';

/** How far an import has got; handed to `onProgress` a few times a second and once at the end. */
export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  /** Size of the input when known (a file path), for a percentage. */
  totalBytes: number | null;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface MalformedRow {
  line: number;
  reason: MalformedReason;
}

export interface ImportSummary {
  /** Data rows in the file (the header excluded). */
  rowsRead: number;
  /** Individual providers inserted or updated. */
  individualsImported: number;
  organisationsSkipped: number;
  /** Rows announcing a deactivated NPI, and how many of those matched an already imported provider. */
  deactivationsRead: number;
  deactivationsApplied: number;
  malformed: {
    total: number;
    byReason: Partial<Record<MalformedReason, number>>;
    /** The first malformed rows, by line number and reason (the list is capped, the counts are not). */
    rows: MalformedRow[];
  };
  bytesRead: number;
  durationMs: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  /** Rows per INSERT statement (default 1,000). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Least time between two `onProgress` calls (default 200 ms). */
  progressIntervalMs?: number;
  /** How many malformed rows the summary lists by line (default 1,000). */
  maxMalformedListed?: number;
  /** Size of a stream input, when the caller knows it. */
  totalBytes?: number;
  /** Stops the import between two batches (rows already written stay: the import is idempotent). */
  signal?: AbortSignal;
}

/**
 * Streams an NPPES NPI dissemination CSV into `registry_provider`: individuals are upserted by NPI in
 * batches, organisations are skipped, and malformed rows are counted and listed by line number and
 * reason (never by content) without stopping the import. Memory stays bounded whatever the file size.
 * Throws {@link RegistryFormatError} when the header lacks the columns the import needs.
 */
export async function importRegistry(
  dataSource: DataSource,
  input: string | Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const progressInterval = options.progressIntervalMs ?? 200;
  const maxListed = options.maxMalformedListed ?? 1000;
  const stream = typeof input === 'string' ? createReadStream(input, { highWaterMark: 256 * 1024 }) : input;
  const totalBytes = typeof input === 'string' ? (await stat(input)).size : (options.totalBytes ?? null);

  let bytesRead = 0;
  const counted = (async function* () {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      yield chunk;
    }
  })();

  const summary: ImportSummary = {
    rowsRead: 0,
    individualsImported: 0,
    organisationsSkipped: 0,
    deactivationsRead: 0,
    deactivationsApplied: 0,
    malformed: { total: 0, byReason: {}, rows: [] },
    bytesRead: 0,
    durationMs: 0,
    rowsPerSecond: 0,
  };
  const malformed = (line: number, reason: MalformedReason): void => {
    summary.malformed.total++;
    summary.malformed.byReason[reason] = (summary.malformed.byReason[reason] ?? 0) + 1;
    if (summary.malformed.rows.length < maxListed) summary.malformed.rows.push({ line, reason });
  };

  // Keyed by NPI so that one statement never touches a row twice (a later row wins).
  const batch = new Map<string, RegistryRow>();
  const deactivations = new Map<string, string>();
  const write = async (rows: RegistryRow[], notices: Map<string, string>): Promise<void> => {
    await upsertRegistryRows(dataSource, rows);
    summary.individualsImported += rows.length;
    summary.deactivationsApplied += await applyDeactivations(dataSource, notices);
  };
  // One write in flight while the next batch is parsed: on a server the two overlap, memory stays at
  // two batches, and writes keep the file's order (a deactivation lands after the row it concerns).
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const rows = [...batch.values()];
    const notices = new Map(deactivations);
    batch.clear();
    deactivations.clear();
    await inFlight;
    inFlight = write(rows, notices);
    // Its failure surfaces at the next await; until then it must not count as unhandled.
    inFlight.catch(() => undefined);
  };

  const progress = (): ImportProgress => {
    const elapsedMs = performance.now() - started;
    return {
      rowsRead: summary.rowsRead,
      bytesRead,
      totalBytes,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (summary.rowsRead * 1000) / elapsedMs : 0,
    };
  };
  let lastProgress = 0;

  let layout: NppesLayout | null = null;
  try {
    for await (const items of readCsvRecords(counted)) {
      options.signal?.throwIfAborted();
      for (const item of items) {
        if (!layout) {
          layout = headerOf(item);
          continue;
        }
        summary.rowsRead++;
        if (item.kind === 'defect') {
          malformed(item.line, MalformedReason[item.reason]);
          continue;
        }
        const record = mapNppesRecord(item.fields, layout);
        switch (record.kind) {
          case 'individual':
            batch.set(record.row.npi, record.row);
            break;
          case 'organisation':
            summary.organisationsSkipped++;
            break;
          case 'deactivation': {
            summary.deactivationsRead++;
            const pending = batch.get(record.npi);
            if (pending) pending.deactivatedOn = record.deactivatedOn;
            else deactivations.set(record.npi, record.deactivatedOn);
            break;
          }
          case 'malformed':
            malformed(item.line, record.reason);
            break;
        }
        if (batch.size >= batchSize || deactivations.size >= batchSize) await flush();
      }
      if (options.onProgress && performance.now() - lastProgress >= progressInterval) {
        lastProgress = performance.now();
        options.onProgress(progress());
      }
    }
    if (!layout) throw new RegistryFormatError('The file is empty: no header row');
    await flush();
    await inFlight;
  } finally {
    if (!stream.destroyed) stream.destroy();
    // Never leave a statement running behind the caller's back (it may close the database next).
    await inFlight.catch(() => undefined);
  }

  const final = progress();
  options.onProgress?.(final);
  summary.bytesRead = bytesRead;
  summary.durationMs = final.elapsedMs;
  summary.rowsPerSecond = final.rowsPerSecond;
  return summary;
}

function headerOf(item: CsvItem): NppesLayout {
  if (item.kind === 'defect') throw new RegistryFormatError('The header row cannot be read (broken quoting)');
  return nppesLayout(item.fields);
}
