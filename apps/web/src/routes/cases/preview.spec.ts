import { describe, expect, it } from '@jest/globals';
import { canPost, previewReducer, removeSpan, segmentsOf, summarise, type PreviewState } from './preview';

const submitted = 'Seen by John Smith on 03/04/2024 for chest pain';
const result = {
  text: 'Seen by [NAME] on [DATE] for chest pain',
  findings: [
    { category: 'DATE', start: 22, end: 32, replacement: '[DATE]' },
    { category: 'NAME', start: 8, end: 18, replacement: '[NAME]' },
  ],
};

describe('segmentsOf', () => {
  it('should split the stored text into plain text and labelled removals, in order', () => {
    expect(segmentsOf(submitted, result)).toEqual([
      { kind: 'text', text: 'Seen by ' },
      { kind: 'removed', replacement: '[NAME]', category: 'NAME', label: 'Name' },
      { kind: 'text', text: ' on ' },
      { kind: 'removed', replacement: '[DATE]', category: 'DATE', label: 'Date' },
      { kind: 'text', text: ' for chest pain' },
    ]);
  });

  it('should refuse to guess when the findings do not rebuild the server text exactly', () => {
    expect(segmentsOf(submitted, { ...result, text: 'Seen by [NAME] on [day 0] for chest pain' })).toBeNull();
  });

  it('should refuse overlapping or out-of-range findings', () => {
    const overlapping = {
      ...result,
      findings: [...result.findings, { category: 'NAME', start: 10, end: 12, replacement: 'x' }],
    };
    expect(segmentsOf(submitted, overlapping)).toBeNull();
    expect(
      segmentsOf('short', {
        text: 'x',
        findings: [{ category: 'NAME', start: 0, end: 99, replacement: 'x' }],
      }),
    ).toBeNull();
  });

  it('should label a category it does not know as an identifier', () => {
    const segments = segmentsOf('a b', {
      text: 'a [X]',
      findings: [{ category: 'NEW_KIND', start: 2, end: 3, replacement: '[X]' }],
    });
    expect(segments?.[1]).toMatchObject({ kind: 'removed', label: 'Identifier' });
  });
});

describe('summarise', () => {
  it('should count removals by kind in plain words', () => {
    expect(summarise(result.findings)).toBe('2 removals: 1 × date, 1 × name.');
    expect(summarise([])).toBe('Nothing was removed.');
  });
});

describe('removeSpan', () => {
  it('should replace the selected span with a marker and ignore an empty selection', () => {
    expect(removeSpan('lives on Elm Street today', 9, 19)).toBe('lives on [REMOVED] today');
    expect(removeSpan('abc', 1, 1)).toBe('abc');
  });
});

describe('previewReducer', () => {
  const a = { title: 't', body: 'first' };
  const b = { title: 't', body: 'second' };
  const ready = (fields: typeof a): PreviewState => ({
    status: 'ready',
    for: fields,
    title: result,
    body: result,
  });

  it('should drop an answer that arrives for text the author has since changed', () => {
    let state = previewReducer({ status: 'empty' }, { type: 'edited', fields: a });
    state = previewReducer(state, { type: 'edited', fields: b });
    state = previewReducer(state, { type: 'previewed', fields: a, title: result, body: result });
    expect(state).toEqual({ status: 'waiting', for: b });
    state = previewReducer(state, { type: 'previewed', fields: b, title: result, body: result });
    expect(state.status).toBe('ready');
  });

  it('should go back to empty when both fields are cleared', () => {
    expect(previewReducer(ready(a), { type: 'edited', fields: { title: ' ', body: '' } })).toEqual({
      status: 'empty',
    });
  });

  it('should allow posting only for a confirmed preview of the exact current text', () => {
    expect(canPost(ready(a), a, true)).toBe(true);
    expect(canPost(ready(a), a, false)).toBe(false);
    expect(canPost(ready(a), b, true)).toBe(false);
    expect(canPost({ status: 'waiting', for: a }, a, true)).toBe(false);
  });
});
