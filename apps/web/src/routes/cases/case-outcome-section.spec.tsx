import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { testClient, withClient, type Handler } from '../admin/admin-test-client';
import { CaseOutcomeSection } from './case-outcome-section';

const OUTCOME = {
  finalDiagnosis: 'Pulmonary embolism',
  actionsTaken: 'CT angiogram, then anticoagulation',
  changedManagement: true,
  adviceConfirmed: null,
  course: 'IMPROVED',
  notes: null,
  reportedAt: '2030-01-02T10:00:00.000Z',
  updatedAt: '2030-01-02T10:00:00.000Z',
};

/** A stand-in for the server's preview: removes "Dr Jane Roe" as a name and the author's spans. */
const previewOutcomeText: Handler = (variables) => {
  const text = variables['text'] as string;
  const spans = (variables['spans'] as { start: number; end: number }[] | null) ?? [];
  const findings = [...text.matchAll(/Dr Jane Roe/g)].map((m) => ({
    category: 'NAME',
    start: m.index,
    end: m.index + m[0].length,
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
  return {
    previewDeidentification: { text: out + text.slice(at), findings, uncertain: [], warnings: [] },
  };
};

function show(handlers: Record<string, Handler>, props: { isAuthor: boolean; resolved: boolean }) {
  const { client, calls } = testClient({ PreviewOutcomeText: previewOutcomeText, ...handlers });
  render(withClient(client, <CaseOutcomeSection caseId="c1" {...props} />, '/cases/c1'));
  return calls;
}

const withOutcome = (outcome: unknown) => () => ({ case: { id: 'c1', outcome } });

afterEach(cleanup);

describe('CaseOutcomeSection', () => {
  it('should show a reported outcome to any reader, without a form', async () => {
    show({ CaseOutcomeView: withOutcome(OUTCOME) }, { isAuthor: false, resolved: true });
    const section = await screen.findByRole('region', { name: 'Outcome' });
    expect(within(section).getByText('Pulmonary embolism')).toBeTruthy();
    expect(within(section).getByText('Improved, not fully recovered')).toBeTruthy();
    expect(within(section).getByText('Could not say')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Update the outcome' })).toBeNull();
  });

  it('should show nothing to a reader while no outcome is reported', async () => {
    const calls = show({ CaseOutcomeView: withOutcome(null) }, { isAuthor: false, resolved: true });
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('CaseOutcomeView'));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Outcome' })).toBeNull();
  });

  it('should not offer the form to the author of a case that is not resolved', async () => {
    show({ CaseOutcomeView: withOutcome(null) }, { isAuthor: true, resolved: false });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.queryByRole('form', { name: 'Report the outcome' })).toBeNull();
  });

  it('should say what is missing, send nothing, and focus the first field to fix', async () => {
    const calls = show({ CaseOutcomeView: withOutcome(null) }, { isAuthor: true, resolved: true });
    const form = await screen.findByRole('form', { name: 'Report the outcome' });
    expect(within(form).getByText(/removed from what you write here when you save/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Report outcome' }));
    expect(await within(form).findByText('Enter the final diagnosis.')).toBeTruthy();
    expect(within(form).getByText('Say what was done.')).toBeTruthy();
    expect(within(form).getByText('Choose how the patient fared.')).toBeTruthy();
    expect(within(form).getByText('Say whether the consult changed management.')).toBeTruthy();
    const diagnosis = within(form).getByLabelText('Final diagnosis');
    expect(diagnosis.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(diagnosis);
    expect(calls.some((c) => c.name === 'ReportCaseOutcome')).toBe(false);
  });

  it('should send every labelled field as the mutation input, then show the saved outcome', async () => {
    let saved: unknown = null;
    const calls = show(
      {
        CaseOutcomeView: () => ({ case: { id: 'c1', outcome: saved } }),
        ReportCaseOutcome: () => {
          saved = { ...OUTCOME, adviceConfirmed: true, notes: 'Seen again at 6 weeks' };
          return { reportCaseOutcome: saved };
        },
      },
      { isAuthor: true, resolved: true },
    );
    const form = await screen.findByRole('form', { name: 'Report the outcome' });
    fireEvent.change(within(form).getByLabelText('Final diagnosis'), {
      target: { value: '  Pulmonary embolism ' },
    });
    fireEvent.change(within(form).getByLabelText('What was done'), {
      target: { value: 'CT angiogram, then anticoagulation' },
    });
    fireEvent.change(within(form).getByLabelText('How the patient fared'), { target: { value: 'IMPROVED' } });
    const management = within(form).getByRole('group', { name: /change how the patient was managed/ });
    fireEvent.click(within(management).getByLabelText('Yes'));
    const advice = within(form).getByRole('group', { name: /bear out the advice/ });
    fireEvent.click(within(advice).getByLabelText('Yes'));
    fireEvent.change(within(form).getByLabelText('Notes (optional)'), {
      target: { value: 'Seen again at 6 weeks' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Report outcome' }));
    expect((await screen.findByRole('status')).textContent).toContain('Outcome saved');
    expect(calls.find((c) => c.name === 'ReportCaseOutcome')?.variables).toEqual({
      input: {
        caseId: 'c1',
        finalDiagnosis: 'Pulmonary embolism',
        actionsTaken: 'CT angiogram, then anticoagulation',
        changedManagement: true,
        adviceConfirmed: true,
        course: 'IMPROVED',
        notes: 'Seen again at 6 weeks',
        finalDiagnosisRedactions: [],
        actionsTakenRedactions: [],
        notesRedactions: [],
      },
    });
    expect(await screen.findByText('Seen again at 6 weeks')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Update the outcome' })).toBeTruthy();
  });

  it('should prefill an update, send "not sure" as null, and explain a refusal in plain words', async () => {
    const calls = show(
      {
        CaseOutcomeView: withOutcome({ ...OUTCOME, adviceConfirmed: false }),
        ReportCaseOutcome: () => ({ errorCode: 'FORBIDDEN' }),
      },
      { isAuthor: true, resolved: true },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Update the outcome' }));
    const form = screen.getByRole('form', { name: 'Report the outcome' });
    expect(within(form).getByLabelText<HTMLInputElement>('Final diagnosis').value).toBe('Pulmonary embolism');
    const advice = within(form).getByRole('group', { name: /bear out the advice/ });
    expect(within(advice).getByLabelText<HTMLInputElement>('No').checked).toBe(true);
    fireEvent.click(within(advice).getByLabelText('Not sure'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the new outcome' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe('You do not have permission to do this.');
    expect(calls.find((c) => c.name === 'ReportCaseOutcome')?.variables).toMatchObject({
      input: { adviceConfirmed: null, notes: null, course: 'IMPROVED', changedManagement: true },
    });
  });

  it('should preview each text as it will be stored and send the spans the author adds, as trimmed', async () => {
    const calls = show(
      {
        CaseOutcomeView: withOutcome(null),
        ReportCaseOutcome: () => ({ reportCaseOutcome: OUTCOME }),
      },
      { isAuthor: true, resolved: true },
    );
    const form = await screen.findByRole('form', { name: 'Report the outcome' });
    const notes = within(form).getByLabelText<HTMLTextAreaElement>('Notes (optional)');
    const written = '  Reviewed by Dr Jane Roe at the lighthouse clinic';
    fireEvent.change(notes, { target: { value: written } });
    const preview = await within(form).findByRole('region', {
      name: 'Notes (optional) as it will be stored',
    });
    expect(preview.textContent).toContain('Name removed:');
    expect(preview.textContent).not.toContain('Jane Roe');

    const start = written.indexOf('lighthouse');
    notes.setSelectionRange(start, start + 'lighthouse'.length);
    fireEvent.click(within(form).getByRole('button', { name: 'Remove selected text from notes (optional)' }));
    expect(within(form).getByText('“lighthouse”')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(form).getByRole('region', { name: 'Notes (optional) as it will be stored' }).textContent,
      ).toContain('Other identifier removed'),
    );
    const lastPreview = calls.filter((c) => c.name === 'PreviewOutcomeText').at(-1);
    expect(lastPreview?.variables).toEqual({
      text: written.trim(),
      spans: [{ start: start - 2, end: start - 2 + 'lighthouse'.length }],
    });

    fireEvent.change(within(form).getByLabelText('Final diagnosis'), { target: { value: 'Cellulitis' } });
    fireEvent.change(within(form).getByLabelText('What was done'), { target: { value: 'Oral antibiotics' } });
    fireEvent.change(within(form).getByLabelText('How the patient fared'), {
      target: { value: 'RECOVERED' },
    });
    const management = within(form).getByRole('group', { name: /change how the patient was managed/ });
    fireEvent.click(within(management).getByLabelText('No'));
    fireEvent.click(within(form).getByRole('button', { name: 'Report outcome' }));
    await waitFor(() => expect(calls.some((c) => c.name === 'ReportCaseOutcome')).toBe(true));
    expect(calls.find((c) => c.name === 'ReportCaseOutcome')?.variables).toMatchObject({
      input: {
        notes: written.trim(),
        notesRedactions: [{ start: start - 2, end: start - 2 + 'lighthouse'.length }],
        finalDiagnosisRedactions: [],
      },
    });
  });

  it('should explain a failed load and offer to try again', async () => {
    let fail = true;
    show(
      { CaseOutcomeView: () => (fail ? { errorCode: 'INTERNAL_SERVER_ERROR' } : withOutcome(OUTCOME)()) },
      { isAuthor: false, resolved: true },
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('INTERNAL_SERVER_ERROR');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Pulmonary embolism')).toBeTruthy();
  });
});
