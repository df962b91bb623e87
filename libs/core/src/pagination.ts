import { DomainError } from './domain-error.js';

export const MAX_PAGE_SIZE = 100;

/** Opaque keyset cursor: base64url of a JSON array of the sort key values of the last row seen. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What one position of a cursor must hold: a kind, or a test of its own (an enum value, a pattern). */
export type CursorKind = 'number' | 'uuid' | 'string' | ((value: unknown) => boolean);

/**
 * Cursor numbers are mostly timestamps in milliseconds, bound here to years 1 to 9999: a forged one
 * outside that range would make an invalid Date or a PostgreSQL "timestamp out of range" error.
 */
const MIN_CURSOR_NUMBER = -62_135_596_800_000;
const MAX_CURSOR_NUMBER = 253_402_300_799_999;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID (any version): ids that are not are refused before any query. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

function fits(value: unknown, kind: CursorKind | undefined): boolean {
  if (typeof kind === 'function') return kind(value);
  if (kind === 'number')
    return typeof value === 'number' && value >= MIN_CURSOR_NUMBER && value <= MAX_CURSOR_NUMBER;
  if (kind === 'uuid') return isUuid(value);
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Reads a cursor made by {@link encodeCursor}. `shape` is its length, or better, the kind of each
 * position: a forged cursor is then refused here with BAD_USER_INPUT instead of reaching SQL.
 */
export function decodeCursor(cursor: string, shape: number | readonly CursorKind[]): (string | number)[] {
  const kinds: readonly (CursorKind | undefined)[] =
    typeof shape === 'number' ? Array.from({ length: shape }) : shape;
  try {
    if (cursor.length > 512) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === kinds.length &&
      parsed.every((v, i) => fits(v, kinds[i]))
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to a clean error
  }
  throw DomainError.badInput('The cursor is not valid', { field: 'after' });
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw DomainError.badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return size;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from rows fetched with `limit = size + 1`. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => (string | number)[]): Page<T> {
  const hasNextPage = rows.length > size;
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
