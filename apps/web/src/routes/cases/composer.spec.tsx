import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Composer, type NewCase, type PreviewFetcher } from './composer';
import type { PreviewResult } from './preview';

const PLANTED: [RegExp, string, string][] = [
  [/John Smith/g, 'NAME', '[NAME]'],
  [/MRN 483920/g, 'MRN', '[MRN]'],
  [/03\/04\/2024/g, 'DATE', '[DATE]'],
];

/** A stand-in for the server's preview: removes the planted identifiers and reports where they were. */
function fakeDeidentify(text: string): PreviewResult {
  const findings: { category: string; start: number; end: number; replacement: string }[] = [];
  for (const [pattern, category, replacement] of PLANTED) {
    for (const m of text.matchAll(pattern))
      findings.push({ category, start: m.index, end: m.index + m[0].length, replacement });
  }
  findings.sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return { text: out + text.slice(at), findings };
}

const fetchPreview: PreviewFetcher = (fields) =>
  Promise.resolve({ title: fakeDeidentify(fields.title), body: fakeDeidentify(fields.body) });

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

function setup(overrides: { fetchPreview?: PreviewFetcher; storage?: Storage } = {}) {
  const onPost = jest.fn<(input: NewCase) => Promise<unknown>>().mockResolvedValue(null);
  const storage = overrides.storage ?? memoryStorage();
  render(
    <Composer
      channels={channels}
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
    const preview = await screen.findByRole('region', { name: 'Case as it will be stored' });
    await waitFor(() => expect(preview.textContent).toContain('Name removed: [NAME]'));
    expect(preview.textContent).toContain('Medical record number removed: [MRN]');
    expect(preview.textContent).toContain('Date removed: [DATE]');
    expect(preview.textContent).not.toContain('John Smith');
    expect(preview.textContent).toContain('3 removals');
  });

  it('should post only after the author confirms the preview, and post the de-identified text', async () => {
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
      body: '[NAME] fainted twice.',
    });
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
