import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  EMPTY_DETAILS,
  deidentifiedDetails,
  detailsProblems,
  detailTexts,
  restoredDetails,
  toSaveInput,
  type DetailsDraft,
} from './case-details-rules';
import { Composer, type NewCase, type PreviewFetcher } from './composer';
import type { PreviewResult } from './preview';

/** A stand-in for the server's preview: removes "John Smith" as a name. */
function fake(text: string): PreviewResult {
  const at = text.indexOf('John Smith');
  if (at < 0) return { text, findings: [], uncertain: [], warnings: [] };
  return {
    text: `${text.slice(0, at)}[NAME]${text.slice(at + 10)}`,
    findings: [{ category: 'NAME', start: at, end: at + 10, replacement: '[NAME]' }],
    uncertain: [],
    warnings: [],
  };
}

/** The units as the API would list them (query `caseDetailUnits`); a few are enough here. */
const units = { lab: ['mg/L', 'mmol/L'], dose: ['mg', 'mcg'] };

const asked: Record<string, string>[] = [];
const fetchPreview: PreviewFetcher = (fields) => {
  asked.push({ ...(fields.extra ?? {}) });
  return Promise.resolve({
    title: fake(fields.title),
    body: fake(fields.body),
    extra: Object.fromEntries(Object.entries(fields.extra ?? {}).map(([k, v]) => [k, fake(v)])),
  });
};

function setup() {
  const onPost = jest.fn<(input: NewCase) => Promise<unknown>>().mockResolvedValue(null);
  render(
    <Composer
      channels={[{ id: 'c1', name: 'Dermatology' }]}
      units={units}
      fetchPreview={fetchPreview}
      onPost={onPost}
      debounceMs={0}
    />,
  );
  fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'c1' } });
  fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Spreading rash' } });
  fireEvent.change(screen.getByLabelText('Case'), { target: { value: 'A spreading rash over two days.' } });
  return { onPost };
}

const type = (scope: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

async function confirmAndPost() {
  const confirm = screen.getByLabelText('I have checked the preview: this is what may be shared');
  await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
  fireEvent.click(confirm);
  fireEvent.click(screen.getByRole('button', { name: 'Post case' }));
}

afterEach(() => {
  cleanup();
  asked.length = 0;
  // the composers above keep their drafts in this page's local storage
  localStorage.clear();
});

const draft = (patch: Partial<DetailsDraft>): DetailsDraft => ({
  ...EMPTY_DETAILS,
  clinicalQuestion: 'Biopsy or treat?',
  ...patch,
});

describe('detailsProblems', () => {
  it('should ask for nothing while the template is untouched', () => {
    expect(detailsProblems(EMPTY_DETAILS)).toEqual({});
  });

  it('should explain a lab without a unit, a dose of zero and a day ten years out, without echoing them', () => {
    const problems = detailsProblems(
      draft({
        labs: [{ name: 'CRP', value: '84', unit: '', dayOffset: '5000' }],
        medications: [{ name: 'Doxycycline', dose: '0', unit: 'mg', frequency: '' }],
        timeline: [{ dayOffset: '1.5', event: 'Rash spread' }],
      }),
    );
    expect(problems).toEqual({
      'details-lab-0-unit': 'Choose the unit the result is in.',
      'details-lab-0-day': 'Day must be between -3,650 and 3,650.',
      'details-med-0-dose': 'Dose must be more than 0.',
      'details-event-0-day': 'Day must be a whole number.',
    });
  });

  it('should refuse vitals outside the API’s ranges and a diastolic pressure above the systolic', () => {
    const problems = detailsProblems(
      draft({
        heartRate: '400',
        systolicBp: '90',
        diastolicBp: '120',
        travelMinutes: '20000',
        nearestSpecialistKm: '6000',
      }),
    );
    expect(problems['details-heartRate']).toBe('Heart rate must be between 20 and 300 per minute.');
    expect(problems['details-diastolicBp']).toBe('Diastolic pressure must be lower than systolic.');
    expect(problems['details-travelMinutes']).toBe('Travel time must be between 0 and 10,080 minutes.');
    expect(problems['details-nearestSpecialistKm']).toBe('Distance must be between 0 and 5,000 km.');
  });

  it('should require the question once any detail is filled in', () => {
    expect(detailsProblems({ ...EMPTY_DETAILS, heartRate: '80' })['details-clinicalQuestion']).toMatch(
      /Write your question/,
    );
  });
});

describe('toSaveInput and detailTexts', () => {
  it('should send labs, medications and the timeline as numbers with their units, text trimmed', () => {
    const d = draft({
      labs: [{ name: ' CRP ', value: '84.5', unit: 'mg/L', dayOffset: '-1' }],
      medications: [{ name: 'Doxycycline', dose: '100', unit: 'mg', frequency: ' twice daily ' }],
      timeline: [{ dayOffset: '0', event: ' Rash began ' }],
    });
    expect(toSaveInput('case-1', d, 'FEMALE')).toMatchObject({
      labs: [{ name: 'CRP', value: 84.5, unit: 'mg/L', dayOffset: -1 }],
      medications: [{ name: 'Doxycycline', dose: 100, unit: 'mg', frequency: 'twice daily' }],
      timeline: [{ dayOffset: 0, event: 'Rash began' }],
    });
    expect(detailTexts(d)).toEqual({
      clinicalQuestion: 'Biopsy or treat?',
      'timeline.0.event': 'Rash began',
      'labs.0.name': 'CRP',
      'medications.0.name': 'Doxycycline',
      'medications.0.frequency': 'twice daily',
    });
  });
});

describe('CaseDetailsFields in the composer', () => {
  it('should preview each list part’s free text on its own, with removals shown', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a timeline event' }));
    const event = screen.getByRole('group', { name: 'Event 1' });
    type(event, 'Day', '-2');
    type(event, 'What happened', 'Seen by John Smith in clinic');
    const region = await screen.findByRole('region', { name: 'Timeline event 1 as it will be stored' });
    expect(region.textContent).toContain('Name removed: [NAME]');
    expect(region.textContent).not.toContain('John Smith');
    expect(asked.at(-1)).toMatchObject({ 'timeline.0.event': 'Seen by John Smith in clinic' });
  });

  it('should show what to fix, focus it and post nothing, then post the fixed labs and medications', async () => {
    const { onPost } = setup();
    type(
      document.body,
      'Your question for the specialist (needed once you fill in any detail)',
      'Treat or biopsy?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a lab result' }));
    const lab = screen.getByRole('group', { name: 'Lab result 1' });
    type(lab, 'Test', 'CRP');
    type(lab, 'Result', '84');
    fireEvent.click(screen.getByRole('button', { name: 'Add a medication' }));
    const med = screen.getByRole('group', { name: 'Medication 1' });
    type(med, 'Medication', 'Doxycycline');
    type(med, 'Dose', '100');
    fireEvent.change(within(med).getByLabelText('Unit'), { target: { value: 'mg' } });

    await confirmAndPost();
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Fix the problem marked in the structured details before posting.',
    );
    const unit = within(lab).getByLabelText('Unit');
    expect(unit.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(unit);
    expect(within(lab).getByText('Choose the unit the result is in.').id).toBe(
      unit.getAttribute('aria-describedby'),
    );
    expect(onPost).not.toHaveBeenCalled();

    fireEvent.change(unit, { target: { value: 'mg/L' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post case' }));
    await waitFor(() => expect(onPost).toHaveBeenCalledTimes(1));
    expect(onPost.mock.calls[0][0].details).toMatchObject({
      labs: [{ name: 'CRP', value: '84', unit: 'mg/L', dayOffset: '' }],
      medications: [{ name: 'Doxycycline', dose: '100', unit: 'mg', frequency: '' }],
    });
  });

  it("should offer exactly the API's units for a lab result and a dose, in its order", () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a lab result' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a medication' }));
    const offered = (group: string) =>
      [
        ...within(screen.getByRole('group', { name: group }))
          .getByLabelText('Unit')
          .querySelectorAll('option'),
      ]
        .map((o) => o.value)
        .filter((v) => v !== '');
    expect(offered('Lab result 1')).toEqual(units.lab);
    expect(offered('Medication 1')).toEqual(units.dose);
  });

  it('should show a range problem once the author leaves the field', () => {
    setup();
    fireEvent.click(screen.getByText('Structured details (optional)'));
    const rate = screen.getByLabelText('Heart rate (per minute)');
    fireEvent.change(rate, { target: { value: '900' } });
    expect(screen.queryByText('Heart rate must be between 20 and 300 per minute.')).toBeNull();
    fireEvent.blur(rate);
    expect(screen.getByText('Heart rate must be between 20 and 300 per minute.')).toBeTruthy();
    expect(rate.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the template in the draft kept on this device', () => {
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

  const composer = (storage: Storage) =>
    render(
      <Composer
        channels={[{ id: 'c1', name: 'Dermatology' }]}
        units={units}
        fetchPreview={fetchPreview}
        onPost={jest.fn<(input: NewCase) => Promise<unknown>>().mockResolvedValue(null)}
        storage={storage}
        debounceMs={0}
      />,
    );

  it('should keep each free-text part only as previewed, numbers and units as typed, and restore them', async () => {
    const storage = memoryStorage();
    composer(storage);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Spreading rash' } });
    fireEvent.change(screen.getByLabelText('Case'), { target: { value: 'A spreading rash.' } });
    type(
      document.body,
      'Your question for the specialist (needed once you fill in any detail)',
      'Should John Smith have a biopsy?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a lab result' }));
    const lab = screen.getByRole('group', { name: 'Lab result 1' });
    type(lab, 'Test', 'CRP taken by John Smith');
    type(lab, 'Result', '84');
    fireEvent.change(within(lab).getByLabelText('Unit'), { target: { value: 'mg/L' } });
    await waitFor(() => expect(storage.getItem('curbside.case-draft.v1')).toContain('CRP taken by [NAME]'));
    const saved = storage.getItem('curbside.case-draft.v1') ?? '';
    expect(saved).not.toContain('John Smith');
    expect(saved).toContain('Should [NAME] have a biopsy?');

    cleanup();
    composer(storage);
    expect(screen.getByText(/Your draft was restored/)).toBeTruthy();
    expect(screen.getByLabelText(/^Your question for the specialist/)).toHaveProperty(
      'value',
      'Should [NAME] have a biopsy?',
    );
    const restored = screen.getByRole('group', { name: 'Lab result 1' });
    expect(within(restored).getByLabelText('Test')).toHaveProperty('value', 'CRP taken by [NAME]');
    expect(within(restored).getByLabelText('Result')).toHaveProperty('value', '84');
    expect(within(restored).getByLabelText('Unit')).toHaveProperty('value', 'mg/L');
  });

  it('should empty a free-text part that has no de-identified text rather than keep it as typed', () => {
    const typed = draft({
      tried: 'Seen by John Smith',
      heartRate: '88',
      timeline: [{ dayOffset: '-2', event: 'John Smith called' }],
      medications: [{ name: 'Doxycycline', dose: '100', unit: 'mg', frequency: 'twice daily' }],
    });
    const kept = deidentifiedDetails(typed, {
      clinicalQuestion: 'Biopsy or treat?',
      'medications.0.name': 'Doxycycline',
    });
    expect(kept).toMatchObject({
      clinicalQuestion: 'Biopsy or treat?',
      tried: '',
      heartRate: '88',
      timeline: [{ dayOffset: '-2', event: '' }],
      medications: [{ name: 'Doxycycline', dose: '100', unit: 'mg', frequency: '' }],
    });
    expect(JSON.stringify(kept)).not.toContain('John Smith');
  });

  it("should read back only what has the template's shape", () => {
    expect(restoredDetails(null)).toBeNull();
    expect(restoredDetails('a string')).toBeNull();
    expect(restoredDetails({})).toBeNull();
    expect(
      restoredDetails({ clinicalQuestion: 'Q?', heartRate: 88, labs: [{ name: 'CRP', value: '84' }, 'x'] }),
    ).toMatchObject({
      clinicalQuestion: 'Q?',
      heartRate: '',
      labs: [{ name: 'CRP', value: '84', unit: '', dayOffset: '' }],
      medications: [],
    });
  });
});
