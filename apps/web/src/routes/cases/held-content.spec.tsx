import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HeldBanner, type HeldEdit, type Hold } from './held-content';
import type { DraftFields } from './preview';

/** A stand-in for the server's preview: "Dr Okafor" is a name; the author's spans go as [OTHER_ID]. */
function redact(text: string, spans: DraftFields['spans']) {
  const findings = [...text.matchAll(/Dr Okafor/g)].map((m) => ({
    category: 'NAME',
    start: m.index,
    end: m.index + 9,
    replacement: '[NAME]',
  }));
  for (const s of spans) findings.push({ category: 'OTHER_ID', ...s, replacement: '[OTHER_ID]' });
  findings.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return { text: out + text.slice(at), findings };
}

function fakePreview(fields: DraftFields) {
  return Promise.resolve({ title: redact(fields.title, []), body: redact(fields.body, fields.spans) });
}

const HELD: Hold = {
  reason: 'PHI_SUSPECTED',
  stage: 'RETURNED_TO_AUTHOR',
  since: '2030-01-01T10:00:00.000Z',
  returnNote: 'Please remove the clinic name.',
};

const CASE = {
  kind: 'case' as const,
  caseId: 'c1',
  title: 'Chest pain',
  body: 'Seen by Dr Okafor at Elm clinic.',
};

afterEach(cleanup);

describe('HeldBanner', () => {
  it('should tell the author the case is hidden while reviewed, with the reason and the administrator’s note', () => {
    const onSend = jest.fn<(edit: HeldEdit) => Promise<unknown>>();
    render(
      <HeldBanner target={CASE} hold={HELD} fetchPreview={fakePreview} onSend={onSend} debounceMs={0} />,
    );
    const banner = screen.getByRole('region', { name: 'Your case is hidden from other clinicians' });
    expect(banner.textContent).toContain('it may identify a patient');
    expect(banner.textContent).toContain('Please remove the clinic name.');
    expect(banner.textContent).toContain('returned it to you');
    within(banner).getByRole('button', { name: 'Edit to remove identifiers' });
    expect(onSend).not.toHaveBeenCalled();
  });

  it('should say a reply awaiting review is hidden until an administrator reviews it', () => {
    render(
      <HeldBanner
        target={{ kind: 'reply', replyId: 'r1', body: 'Ask Dr Okafor.' }}
        hold={{ reason: 'PHI_SUSPECTED', stage: 'AWAITING_REVIEW', since: '2030-01-01T10:00:00.000Z' }}
        fetchPreview={fakePreview}
        onSend={jest.fn<(edit: HeldEdit) => Promise<unknown>>()}
        debounceMs={0}
      />,
    );
    const banner = screen.getByRole('region', { name: 'Your reply is hidden from other clinicians' });
    expect(banner.textContent).toContain('An administrator will review it');
    expect(banner.textContent).not.toContain('Administrator’s note');
  });

  it('should send editHeldCase variables only after the preview is confirmed, then say it went back', async () => {
    const onSend = jest.fn<(edit: HeldEdit) => Promise<unknown>>().mockResolvedValue(null);
    render(
      <HeldBanner target={CASE} hold={HELD} fetchPreview={fakePreview} onSend={onSend} debounceMs={0} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit to remove identifiers' }));
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Chest pain');
    const box = screen.getByLabelText<HTMLTextAreaElement>('Case text');
    expect(box.value).toBe(CASE.body);
    box.setSelectionRange(22, 32);
    fireEvent.click(screen.getByRole('button', { name: 'Remove selected text' }));
    const send = screen.getByRole('button', { name: 'Send edit for review' });
    const preview = await screen.findByRole('region', { name: 'Case as it will be stored' });
    await waitFor(() => expect(preview.textContent).toContain('[OTHER_ID]'));
    expect(preview.textContent).not.toContain('Okafor');
    fireEvent.click(send);
    expect(send).toHaveProperty('disabled', true);
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('I have checked the preview of my edit'));
    fireEvent.click(send);
    await waitFor(() =>
      expect(onSend).toHaveBeenCalledWith({
        kind: 'case',
        input: {
          caseId: 'c1',
          title: 'Chest pain',
          body: CASE.body,
          extraRedactions: [{ start: 22, end: 32 }],
        },
      }),
    );
    const done = await screen.findByRole('status');
    expect(done.textContent).toBe('Your edit was sent back to the administrators.');
    expect(screen.queryByLabelText('Case text')).toBeNull();
  });

  it('should send editHeldReply variables for a reply', async () => {
    const onSend = jest.fn<(edit: HeldEdit) => Promise<unknown>>().mockResolvedValue(null);
    render(
      <HeldBanner
        target={{ kind: 'reply', replyId: 'r1', body: 'Ask Dr Okafor.' }}
        hold={HELD}
        fetchPreview={fakePreview}
        onSend={onSend}
        debounceMs={0}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit to remove identifiers' }));
    expect(screen.queryByLabelText('Title')).toBeNull();
    fireEvent.change(screen.getByLabelText('Reply text'), { target: { value: 'Ask the cardiologist.' } });
    const confirm = screen.getByLabelText('I have checked the preview of my edit');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Send edit for review' }));
    await waitFor(() =>
      expect(onSend).toHaveBeenCalledWith({
        kind: 'reply',
        input: { replyId: 'r1', body: 'Ask the cardiologist.', extraRedactions: [] },
      }),
    );
  });

  it('should keep the edit and say why in words when the API refuses it', async () => {
    const onSend = jest
      .fn<(edit: HeldEdit) => Promise<unknown>>()
      .mockResolvedValue({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] });
    render(
      <HeldBanner target={CASE} hold={HELD} fetchPreview={fakePreview} onSend={onSend} debounceMs={0} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit to remove identifiers' }));
    fireEvent.change(screen.getByLabelText('Case text'), { target: { value: 'Seen at a clinic.' } });
    const confirm = screen.getByLabelText('I have checked the preview of my edit');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Send edit for review' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You do not have permission to do this.');
    expect(screen.getByLabelText('Case text')).toHaveProperty('value', 'Seen at a clinic.');
    expect(screen.queryByText('Your edit was sent back to the administrators.')).toBeNull();
  });

  it('should show a failed preview with a retry and not allow sending', async () => {
    const failing = jest
      .fn<typeof fakePreview>()
      .mockRejectedValueOnce({ graphQLErrors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }] })
      .mockImplementation(fakePreview);
    render(
      <HeldBanner
        target={CASE}
        hold={HELD}
        fetchPreview={failing}
        onSend={jest.fn<(edit: HeldEdit) => Promise<unknown>>()}
        debounceMs={0}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit to remove identifiers' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many attempts');
    expect(screen.getByLabelText('I have checked the preview of my edit')).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Send edit for review' })).toHaveProperty('disabled', true);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Case as it will be stored' });
  });
});
