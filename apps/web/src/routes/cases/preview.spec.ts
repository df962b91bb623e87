import { describe, expect, it } from '@jest/globals';
import {
  canPost,
  markSpan,
  previewReducer,
  segmentsOf,
  shiftSpans,
  summarise,
  unanswered,
  type PreviewState,
} from './preview';

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

describe('markSpan', () => {
  it('should add a marked span, join overlapping ones and ignore an empty selection', () => {
    expect(markSpan([], { start: 9, end: 19 }, 25)).toEqual([{ start: 9, end: 19 }]);
    expect(markSpan([{ start: 9, end: 19 }], { start: 3, end: 3 }, 25)).toEqual([{ start: 9, end: 19 }]);
    expect(markSpan([{ start: 9, end: 19 }], { start: 15, end: 22 }, 25)).toEqual([{ start: 9, end: 22 }]);
    expect(markSpan([{ start: 9, end: 19 }], { start: 0, end: 4 }, 25)).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 19 },
    ]);
  });

  it('should keep a span inside the text', () => {
    expect(markSpan([], { start: 20, end: 99 }, 25)).toEqual([{ start: 20, end: 25 }]);
  });
});

describe('shiftSpans', () => {
  const before = 'lives on Elm Street today';
  const elm = { start: 9, end: 19 };

  it('should move a marked span along when text is typed before it', () => {
    const after = `She ${before}`;
    const [moved] = shiftSpans(before, after, [elm]);
    expect(after.slice(moved.start, moved.end)).toBe('Elm Street');
  });

  it('should keep a marked span in place when text is typed after it', () => {
    const after = `${before} and tomorrow`;
    expect(shiftSpans(before, after, [elm])).toEqual([elm]);
  });

  it('should drop a marked span whose words were edited', () => {
    expect(shiftSpans(before, 'lives on Oak Street today', [elm])).toEqual([]);
  });
});

describe('unanswered', () => {
  it('should ask about each uncertain token until the author keeps that word', () => {
    const text = 'Seen by Okafor for Kx';
    const uncertain = [
      { start: 8, end: 14, reason: 'POSSIBLE_NAME' },
      { start: 19, end: 21, reason: 'UNKNOWN_WORD' },
    ];
    expect(unanswered(text, uncertain, new Set())).toHaveLength(2);
    expect(unanswered(text, uncertain, new Set(['Kx']))).toEqual([uncertain[0]]);
  });
});

describe('previewReducer', () => {
  const a = { title: 't', body: 'first', spans: [] };
  const b = { title: 't', body: 'second', spans: [] };
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
    expect(previewReducer(ready(a), { type: 'edited', fields: { title: ' ', body: '', spans: [] } })).toEqual(
      {
        status: 'empty',
      },
    );
  });

  it('should allow posting only for a confirmed preview of the exact current text', () => {
    expect(canPost(ready(a), a, true)).toBe(true);
    expect(canPost(ready(a), a, false)).toBe(false);
    expect(canPost(ready(a), b, true)).toBe(false);
    expect(canPost({ status: 'waiting', for: a }, a, true)).toBe(false);
  });

  it('should treat a change of the marked spans as new text that needs a new preview', () => {
    const marked = { ...a, spans: [{ start: 0, end: 2 }] };
    expect(canPost(ready(a), marked, true)).toBe(false);
    expect(previewReducer(ready(a), { type: 'edited', fields: marked })).toEqual({
      status: 'waiting',
      for: marked,
    });
  });

  it('should not allow posting while an uncertain token is unanswered', () => {
    const asking: PreviewState = {
      status: 'ready',
      for: a,
      title: result,
      body: { ...result, uncertain: [{ start: 0, end: 5, reason: 'UNKNOWN_WORD' }] },
    };
    expect(canPost(asking, a, true)).toBe(false);
    expect(canPost(asking, a, true, new Set(['first']))).toBe(true);
  });
});
