import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-code.js';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageSize, toPage } from './pagination.js';

function codeOf(work: () => unknown): ErrorCode | undefined {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  return undefined;
}

describe('pagination', () => {
  describe('cursors', () => {
    it('should decode what it encoded', () => {
      const values = [1_732_233_600_123, '3f2c1a9e-0000-4000-8000-000000000001'];
      expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
    });

    it('should make opaque url-safe cursors', () => {
      expect(encodeCursor(['a/b+c', 1])).toMatch(/^[A-Za-z0-9_-]+$/);
    });

    it.each([
      ['not base64 json', '!!!'],
      ['JSON that is not an array', Buffer.from('{"a":1}').toString('base64url')],
      ['the wrong number of values', encodeCursor([1, 2, 3])],
      ['values of the wrong type', Buffer.from('[1, {"x": 1}]').toString('base64url')],
      ['a cursor that is far too long', encodeCursor(['x'.repeat(600), 1])],
    ])('should refuse %s with BAD_USER_INPUT', (_what, cursor) => {
      expect(codeOf(() => decodeCursor(cursor, 2))).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('should hold each position to its kind, including a test of its own', () => {
      const id = '3f2c1a9e-0000-4000-8000-000000000001';
      const urgent = (v: unknown): boolean => v === 'URGENT' || v === 'ROUTINE';
      expect(decodeCursor(encodeCursor(['URGENT', 5, id]), [urgent, 'number', 'uuid'])).toEqual([
        'URGENT',
        5,
        id,
      ]);
      for (const forged of [
        ['DROP', 5, id],
        ['URGENT', '5', id],
        ['URGENT', 5, 'not-a-uuid'],
      ]) {
        expect(codeOf(() => decodeCursor(encodeCursor(forged), [urgent, 'number', 'uuid']))).toBe(
          ErrorCode.BAD_USER_INPUT,
        );
      }
    });

    it.each([1e20, -1e16, 8.64e15])('should refuse a cursor timestamp out of range (%s)', (at) => {
      const forged = encodeCursor([at, '3f2c1a9e-0000-4000-8000-000000000001']);
      expect(codeOf(() => decodeCursor(forged, ['number', 'uuid']))).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('should not echo a garbage cursor in its error', () => {
      const cursor = 'Sm9obiBTbWl0aA-garbage';
      let thrown: unknown;
      try {
        decodeCursor(cursor, 2);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(JSON.stringify(thrown) + String(thrown)).not.toContain(cursor);
    });
  });

  describe(pageSize.name, () => {
    it('should use the fallback when first is absent', () => {
      expect(pageSize(undefined)).toBe(20);
      expect(pageSize(null, 50)).toBe(50);
    });

    it('should accept 1 and the maximum', () => {
      expect(pageSize(1)).toBe(1);
      expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    });

    it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN])('should refuse %s with BAD_USER_INPUT', (first) => {
      expect(codeOf(() => pageSize(first))).toBe(ErrorCode.BAD_USER_INPUT);
    });
  });

  describe(toPage.name, () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const cursorOf = (row: { id: string }): string[] => [row.id];

    it('should report a next page when the extra row was fetched, and drop it', () => {
      const page = toPage(rows, 2, cursorOf);
      expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
      expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    });

    it('should report no next page on the last page', () => {
      const page = toPage(rows, 3, cursorOf);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(decodeCursor(page.pageInfo.endCursor ?? '', 1)).toEqual(['c']);
    });

    it('should give an empty page a null end cursor', () => {
      expect(toPage([], 20, cursorOf)).toEqual({
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    });

    it('should give every edge its own cursor', () => {
      const page = toPage(rows, 3, cursorOf);
      expect(page.edges.map((e) => decodeCursor(e.cursor, 1))).toEqual([['a'], ['b'], ['c']]);
    });
  });
});
