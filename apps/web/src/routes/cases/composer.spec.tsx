import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Composer, type NewCase, type PreviewFetcher } from './composer';
import type { PreviewResult, TextSpan } from './preview';

const PLANTED: [RegExp, string, string][] = [
  [/John Smith/g, 'NAME', '[NAME]'],
  [/MRN 483920/g, 'MRN', '[MRN]'],
  [/03\/04\/2024/g, 'DATE', '[DATE]'],
];

/**
 * A stand-in for the server's preview: removes the planted identifiers and the author's spans, asks
 * about "Okafor" when it is kept, and warns about a rare occupation.
 */
function fakeDeidentify(text: string, spans: readonly TextSpan[] = []): PreviewResult {
  const findings: { category: string; start: number; end: number; replacement: string }[] = [];
  for (const [pattern, category, replacement] of PLANTED) {
    for (const m of text.matchAll(pattern))
      findings.push({ category, start: m.index, end: m.index + m[0].length, replacement });
  }
  for (const s of spans) findings.push({ category: 'OTHER_ID', ...s, replacement: '[OTHER_ID]' });
  findings.sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  const uncertain = [...text.matchAll(/Okafor/g)]
    .filter((m) => !findings.some((f) => f.start <= m.index && m.index < f.end))
    .map((m) => ({ start: m.index, end: m.index + 6, reason: 'POSSIBLE_NAME' }));
  const warnings = /lighthouse keeper/.test(text)
    ? [{ rule: 'RARE_OCCUPATION', message: 'A rare occupation can point to one person.' }]
    : [];
  return { text: out + text.slice(at), findings, uncertain, warnings };
}

const seen: { body: string; spans: readonly TextSpan[] }[] = [];
const fetchPreview: PreviewFetcher = (fields) => {
  seen.push({ body: fields.body, spans: fields.spans });
  return Promise.resolve({
    title: fakeDeidentify(fields.title),
    body: fakeDeidentify(fields.body, fields.spans),
    extra: Object.fromEntries(Object.entries(fields.extra ?? {}).map(([k, v]) => [k, fakeDeidentify(v)])),
  });
};

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const channels = [{ id: 'c1', name: 'Cardiology' }];
const units = { lab: ['mg/L', 'mmol/L'], dose: ['mg', 'mcg'] };

function setup(overrides: { fetchPreview?: PreviewFetcher; storage?: Storage } = {}) {
  const onPost = jest.fn<(input: NewCase) => Promise<unknown>>().mockResolvedValue(null);
  const storage = overrides.storage ?? memoryStorage();
  render(
    <Composer
      channels={channels}
      units={units}
      fetchPreview={overrides.fetchPreview ?? fetchPreview}
      onPost={onPost}
      storage={storage}
      debounceMs={0}
    />,
  );
  fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'c1' } });
  return { onPost, storage };
}

function type(labelText: string, value: string) {
  fireEvent.change(screen.getByLabelText(labelText), { target: { value } });
}

afterEach(cleanup);

describe('Composer', () => {
  it('should show each planted identifier removed and labelled in the preview', async () => {
    setup();
    type('Title', 'Chest pain in a runner');
    type('Case', 'John Smith, MRN 483920, seen 03/04/2024 with chest pain.');
    // the first render of the suite can be slow on a loaded machine
    const preview = await screen.findByRole(
      'region',
      { name: 'Case as it will be stored' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(preview.textContent).toContain('Name removed: [NAME]'));
    expect(preview.textContent).toContain('Medical record number removed: [MRN]');
    expect(preview.textContent).toContain('Date removed: [DATE]');
    expect(preview.textContent).not.toContain('John Smith');
    expect(preview.textContent).toContain('3 removals');
  });

  it('should post only after the author confirms the preview, with the text as written for the server to de-identify', async () => {
    const { onPost } = setup();
    type('Title', 'Syncope');
    type('Case', 'John Smith fainted twice.');
    const post = screen.getByRole('button', { name: 'Post case' });
    const confirm = screen.getByLabelText('I have checked the preview: this is what may be shared');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    expect(post).toHaveProperty('disabled', true);
    fireEvent.click(confirm);
    expect(post).toHaveProperty('disabled', false);
    fireEvent.click(post);
    await waitFor(() => expect(onPost).toHaveBeenCalledTimes(1));
    expect(onPost.mock.calls[0][0]).toMatchObject({
      channelId: 'c1',
      title: 'Syncope',
      body: 'John Smith fainted twice.',
      extraRedactions: [],
    });
  });

  it('should preview the title trimmed, as it is saved, and the structured fields’ free text', async () => {
    const asked: Parameters<PreviewFetcher>[0][] = [];
    const { onPost } = setup({
      fetchPreview: (fields) => {
        asked.push(fields);
        return fetchPreview(fields);
      },
    });
    type('Title', '  Syncope  ');
    type('Case', 'Fainted twice.');
    type('Presenting problem', ' Seen by John Smith on 03/04/2024 ');
    await screen.findByRole('region', { name: 'Presenting problem as it will be stored' });
    const problem = screen.getByRole('region', { name: 'Presenting problem as it will be stored' });
    expect(problem.textContent).toContain('Name removed: [NAME]');
    expect(problem.textContent).not.toContain('John Smith');
    expect(asked.at(-1)).toMatchObject({
      title: 'Syncope',
      extra: { presentingProblem: 'Seen by John Smith on 03/04/2024' },
    });
    const confirm = screen.getByLabelText('I have checked the preview: this is what may be shared');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    // changing a structured field's text withdraws the confirmation: it needs a new preview
    type('What has been tried', 'Fluids');
    expect(confirm).toHaveProperty('checked', false);
    await screen.findByRole('region', { name: 'What has been tried as it will be stored' });
    fireEvent.click(confirm);
    type('Your question for the specialist', 'Admit or not?');
    fireEvent.click(await screen.findByLabelText('I have checked the preview: this is what may be shared'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Post case' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Post case' }));
    await waitFor(() => expect(onPost).toHaveBeenCalledTimes(1));
    expect(onPost.mock.calls[0][0]).toMatchObject({ title: 'Syncope' });
  });

  it('should mark a selected span for removal on the server without editing the text on screen', async () => {
    const { onPost } = setup();
    type('Title', 'Syncope');
    const text = 'Fainted at the Elm Street mill twice.';
    type('Case', text);
    const box = screen.getByLabelText<HTMLTextAreaElement>('Case');
    box.setSelectionRange(15, 25);
    fireEvent.click(screen.getByRole('button', { name: 'Remove selected text' }));
    expect(box.value).toBe(text);
    const preview = await screen.findByRole('region', { name: 'Case as it will be stored' });
    await waitFor(() => expect(preview.textContent).toContain('Other identifier removed: [OTHER_ID]'));
    expect(preview.textContent).not.toContain('Elm Street');
    expect(seen[seen.length - 1]).toEqual({ body: text, spans: [{ start: 15, end: 25 }] });
    expect(screen.getByRole('region', { name: 'Marked by you for removal' }).textContent).toContain(
      'Elm Street',
    );
    fireEvent.click(screen.getByLabelText('I have checked the preview: this is what may be shared'));
    fireEvent.click(screen.getByRole('button', { name: 'Post case' }));
    await waitFor(() => expect(onPost).toHaveBeenCalledTimes(1));
    expect(onPost.mock.calls[0][0]).toMatchObject({ body: text, extraRedactions: [{ start: 15, end: 25 }] });
  });

  it('should keep a marked span on the same words while the author types before it', async () => {
    setup();
    type('Title', 'Syncope');
    type('Case', 'Fainted at Elm Street.');
    screen.getByLabelText<HTMLTextAreaElement>('Case').setSelectionRange(11, 21);
    fireEvent.click(screen.getByRole('button', { name: 'Remove selected text' }));
    type('Case', 'She fainted at Elm Street.');
    await waitFor(() => expect(seen[seen.length - 1].body).toBe('She fainted at Elm Street.'));
    expect(seen[seen.length - 1].spans).toEqual([{ start: 15, end: 25 }]);
  });

  it('should ask about each uncertain word and allow posting only once each is kept or removed', async () => {
    const { onPost } = setup();
    type('Title', 'Syncope');
    type('Case', 'Referred by Okafor after Okafor clinic.');
    const questions = await screen.findByRole('region', { name: 'Please check these words' });
    expect(questions.textContent).toContain('may be a name');
    const confirm = screen.getByLabelText('I have checked the preview: this is what may be shared');
    expect(confirm).toHaveProperty('disabled', true);
    // the first is removed on the server; the same word elsewhere is asked about again
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove “Okafor”' })[0]);
    await waitFor(() => expect(seen[seen.length - 1].spans).toEqual([{ start: 12, end: 18 }]));
    await screen.findByRole('region', { name: 'Please check this word' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep “Okafor”' }));
    expect(screen.queryByRole('region', { name: /Please check/ })).toBeNull();
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Post case' }));
    await waitFor(() => expect(onPost).toHaveBeenCalledTimes(1));
    expect(onPost.mock.calls[0][0]).toMatchObject({ extraRedactions: [{ start: 12, end: 18 }] });
  });

  it('should show the quasi-identifier warnings of the preview', async () => {
    setup();
    type('Title', 'Chest pain');
    type('Case', 'A lighthouse keeper with chest pain.');
    const warnings = await screen.findByRole('region', { name: 'Could still point to one patient' });
    expect(warnings.textContent).toContain('A rare occupation can point to one person.');
  });

  it('should say the draft is kept when the connection is lost, and preview again once it is back', async () => {
    let offline = true;
    const flaky: PreviewFetcher = (fields) =>
      offline ? Promise.reject(new TypeError('Failed to fetch')) : fetchPreview(fields);
    setup({ fetchPreview: flaky });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
    fireEvent(window, new Event('offline'));
    type('Title', 'T');
    type('Case', 'Body');
    await screen.findByText(/You are offline/);
    offline = false;
    fireEvent(window, new Event('online'));
    await screen.findByRole('region', { name: 'Case as it will be stored' });
  });

  it('should withdraw the confirmation when the text changes after it', async () => {
    setup();
    type('Title', 'Syncope');
    type('Case', 'Fainted twice.');
    const confirm = screen.getByLabelText('I have checked the preview: this is what may be shared');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    type('Case', 'Fainted twice, seen by John Smith.');
    expect(confirm).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Post case' })).toHaveProperty('disabled', true);
  });

  it('should never show a preview made for older text', async () => {
    let releaseOld: () => void = () => undefined;
    const slowFirst: PreviewFetcher = (fields) =>
      fields.body === 'old John Smith'
        ? new Promise((resolve) => {
            releaseOld = () =>
              resolve({ title: fakeDeidentify(fields.title), body: { text: 'OLD', findings: [] } });
          })
        : fetchPreview(fields);
    setup({ fetchPreview: slowFirst });
    type('Title', 'T');
    type('Case', 'old John Smith');
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toBeTruthy());
    type('Case', 'new text');
    await screen.findByText('new text');
    releaseOld();
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByText('OLD')).toBeNull();
    expect(screen.getByRole('region', { name: 'Case as it will be stored' }).textContent).toContain(
      'new text',
    );
  });

  it('should keep only de-identified text in the saved draft, and restore it', async () => {
    const storage = memoryStorage();
    setup({ storage });
    type('Title', 'Rash after John Smith visit');
    type('Case', 'Seen 03/04/2024 by John Smith.');
    await waitFor(() => expect(storage.getItem('curbside.case-draft.v1')).toContain('[DATE]'));
    const saved = storage.getItem('curbside.case-draft.v1') ?? '';
    expect(saved).not.toContain('John Smith');
    expect(saved).not.toContain('03/04/2024');
    cleanup();
    setup({ storage });
    expect(screen.getByLabelText('Case')).toHaveProperty('value', 'Seen [DATE] by [NAME].');
    expect(screen.getByText(/Your draft was restored/)).toBeTruthy();
  });

  it('should explain a failed preview in plain words and offer to try again', async () => {
    let calls = 0;
    const failing: PreviewFetcher = (fields) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : fetchPreview(fields);
    };
    setup({ fetchPreview: failing });
    type('Title', 'T');
    type('Case', 'Body');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Case as it will be stored' });
  });
});
