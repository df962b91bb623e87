import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DraftFields, TextSpan } from './preview';
import { ReplyComposer } from './reply-composer';

/** A stand-in for the server's preview: "Dr Okafor" is a name; the author's spans go as [OTHER_ID]. */
function fakePreview(fields: DraftFields) {
  const findings = [...fields.body.matchAll(/Dr Okafor/g)].map((m) => ({
    category: 'NAME',
    start: m.index,
    end: m.index + 9,
    replacement: '[NAME]',
  }));
  for (const s of fields.spans) findings.push({ category: 'OTHER_ID', ...s, replacement: '[OTHER_ID]' });
  findings.sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const f of findings) {
    text += fields.body.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  text += fields.body.slice(at);
  return Promise.resolve({ title: { text: '', findings: [] }, body: { text, findings } });
}

afterEach(cleanup);

describe('ReplyComposer', () => {
  it('should show the reply as it will be stored and send it only once the preview is confirmed', async () => {
    const onSend = jest.fn<(body: string, spans: TextSpan[]) => Promise<unknown>>().mockResolvedValue(null);
    render(
      <ReplyComposer id="r" label="Your reply" fetchPreview={fakePreview} onSend={onSend} debounceMs={0} />,
    );
    const body = 'Ask Dr Okafor at the Elm Street clinic.';
    fireEvent.change(screen.getByLabelText('Your reply'), { target: { value: body } });
    const send = screen.getByRole('button', { name: 'Send reply' });
    expect(send).toHaveProperty('disabled', true);
    screen.getByLabelText<HTMLTextAreaElement>('Your reply').setSelectionRange(21, 31);
    fireEvent.click(screen.getByRole('button', { name: 'Remove selected text' }));
    const preview = await screen.findByRole('region', { name: 'Reply as it will be stored' });
    await waitFor(() => expect(preview.textContent).toContain('Other identifier removed: [OTHER_ID]'));
    expect(preview.textContent).toContain('Name removed: [NAME]');
    expect(preview.textContent).not.toContain('Okafor');
    fireEvent.click(screen.getByLabelText('I have checked the preview of my reply'));
    fireEvent.click(send);
    await waitFor(() => expect(onSend).toHaveBeenCalledWith(body, [{ start: 21, end: 31 }]));
    await waitFor(() => expect(screen.getByLabelText('Your reply')).toHaveProperty('value', ''));
  });

  it('should keep the text and say why when sending fails', async () => {
    const onSend = jest
      .fn<(body: string, spans: TextSpan[]) => Promise<unknown>>()
      .mockResolvedValue({ graphQLErrors: [{ message: 'x', extensions: { code: 'NOT_VERIFIED' } }] });
    render(
      <ReplyComposer id="r" label="Your reply" fetchPreview={fakePreview} onSend={onSend} debounceMs={0} />,
    );
    fireEvent.change(screen.getByLabelText('Your reply'), { target: { value: 'Try a beta blocker.' } });
    const confirm = screen.getByLabelText('I have checked the preview of my reply');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('needs a verified licence');
    expect(screen.getByLabelText('Your reply')).toHaveProperty('value', 'Try a beta blocker.');
  });
});
