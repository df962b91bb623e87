import { useCallback, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Done, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import type { CaseOutcomeViewQuery, OutcomeCourse } from '../../gql/graphql';
import { when } from '../../lib/format';
import { field } from '../../lib/forms';
import type { DraftFields } from './preview';
import { PreviewedTextField, trimmed, type MarkedText } from './previewed-text-field';
import type { PreviewFetcher } from './use-live-preview';

// Each outcome text on its own, trimmed, as the server de-identifies it.
const PreviewOutcomeText = graphql(`
  query PreviewOutcomeText($text: String!, $spans: [TextSpanInput!]) {
    previewDeidentification(text: $text, extraRedactions: $spans) {
      ...PreviewOfText
    }
  }
`);

const NO_TITLE = { text: '', findings: [] };

const CaseOutcomeView = graphql(`
  query CaseOutcomeView($id: ID!) {
    case(id: $id) {
      id
      outcome {
        finalDiagnosis
        actionsTaken
        changedManagement
        adviceConfirmed
        course
        notes
        reportedAt
        updatedAt
      }
    }
  }
`);

const ReportCaseOutcome = graphql(`
  mutation ReportCaseOutcome($input: ReportCaseOutcomeInput!) {
    reportCaseOutcome(input: $input) {
      finalDiagnosis
      actionsTaken
      changedManagement
      adviceConfirmed
      course
      notes
      reportedAt
      updatedAt
    }
  }
`);

type Outcome = NonNullable<NonNullable<CaseOutcomeViewQuery['case']>['outcome']>;

export const COURSE_TEXT: Record<OutcomeCourse, string> = {
  RECOVERED: 'Recovered fully',
  IMPROVED: 'Improved, not fully recovered',
  UNCHANGED: 'No change',
  WORSENED: 'Worse',
  TRANSFERRED: 'Transferred to another service',
  DIED: 'Died',
  UNKNOWN: 'Not known',
};
const COURSES = Object.keys(COURSE_TEXT) as OutcomeCourse[];

const LIMITS = { finalDiagnosis: 500, actionsTaken: 2000, notes: 4000 };

type Errors = Partial<
  Record<'finalDiagnosis' | 'actionsTaken' | 'changedManagement' | 'course' | 'notes', string>
>;

function yesNo(value: boolean | null | undefined, unknown: string): string {
  if (value === null || value === undefined) return unknown;
  return value ? 'Yes' : 'No';
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <dl className="fields">
        <div>
          <dt>Final diagnosis</dt>
          <dd className="body-text">{outcome.finalDiagnosis}</dd>
        </div>
        <div>
          <dt>What was done</dt>
          <dd className="body-text">{outcome.actionsTaken}</dd>
        </div>
        <div>
          <dt>Course</dt>
          <dd>{COURSE_TEXT[outcome.course]}</dd>
        </div>
        <div>
          <dt>Consult changed management</dt>
          <dd>{yesNo(outcome.changedManagement, 'Not stated')}</dd>
        </div>
        <div>
          <dt>Advice confirmed</dt>
          <dd>{yesNo(outcome.adviceConfirmed, 'Could not say')}</dd>
        </div>
        {outcome.notes && (
          <div>
            <dt>Notes</dt>
            <dd className="body-text">{outcome.notes}</dd>
          </div>
        )}
      </dl>
      <p className="muted">
        Reported {when(outcome.reportedAt)}
        {outcome.updatedAt !== outcome.reportedAt && <>, updated {when(outcome.updatedAt)}</>}
      </p>
    </>
  );
}

/** Checks the form as the API would, so a clinician sees what to fix before sending. */
function validate(form: FormData): Errors {
  const errors: Errors = {};
  const diagnosis = field(form, 'finalDiagnosis').trim();
  const actions = field(form, 'actionsTaken').trim();
  if (!diagnosis) errors.finalDiagnosis = 'Enter the final diagnosis.';
  else if (diagnosis.length > LIMITS.finalDiagnosis)
    errors.finalDiagnosis = `Keep the final diagnosis to ${LIMITS.finalDiagnosis} characters.`;
  if (!actions) errors.actionsTaken = 'Say what was done.';
  else if (actions.length > LIMITS.actionsTaken)
    errors.actionsTaken = `Keep what was done to ${LIMITS.actionsTaken} characters.`;
  if (!field(form, 'changedManagement'))
    errors.changedManagement = 'Say whether the consult changed management.';
  if (!field(form, 'course')) errors.course = 'Choose how the patient fared.';
  if (field(form, 'notes').trim().length > LIMITS.notes)
    errors.notes = `Keep the notes to ${LIMITS.notes} characters.`;
  return errors;
}

function describedBy(errors: Errors, name: keyof Errors, hint?: string): string | undefined {
  const ids = [hint, errors[name] ? `outcome-${name}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldError({ errors, name }: { errors: Errors; name: keyof Errors }) {
  if (!errors[name]) return null;
  return (
    <p id={`outcome-${name}-error`} className="hint">
      {errors[name]}
    </p>
  );
}

/** One radio button with its label beside it. */
function Choice({
  name,
  value,
  text,
  checked,
}: {
  name: string;
  value: string;
  text: string;
  checked: boolean;
}) {
  const id = `outcome-${name}-${value || 'unsure'}`;
  return (
    <div className="check">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>{text}</label>
    </div>
  );
}

function OutcomeForm({
  caseId,
  current,
  onDone,
  onCancel,
}: {
  caseId: string;
  current: Outcome | null;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [errors, setErrors] = useState<Errors>({});
  const [result, report] = useMutation(ReportCaseOutcome);
  const client = useClient();
  const start = (text: string | null | undefined): MarkedText => ({ text: text ?? '', spans: [] });
  const [diagnosis, setDiagnosis] = useState(() => start(current?.finalDiagnosis));
  const [actions, setActions] = useState(() => start(current?.actionsTaken));
  const [notesText, setNotesText] = useState(() => start(current?.notes));

  const fetchPreview = useCallback<PreviewFetcher>(
    async (fields: DraftFields) => {
      const answer = await client
        .query(
          PreviewOutcomeText,
          { text: fields.body, spans: fields.spans.map((s) => ({ start: s.start, end: s.end })) },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (answer.error || !answer.data) throw answer.error ?? new Error('no preview');
      return { title: NO_TITLE, body: answer.data.previewDeidentification };
    },
    [client],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const advice = field(form, 'adviceConfirmed');
    const notes = field(form, 'notes').trim();
    const sent = await report({
      input: {
        caseId,
        finalDiagnosis: field(form, 'finalDiagnosis').trim(),
        actionsTaken: field(form, 'actionsTaken').trim(),
        changedManagement: field(form, 'changedManagement') === 'yes',
        adviceConfirmed: advice === 'yes' ? true : advice === 'no' ? false : null,
        course: field(form, 'course') as OutcomeCourse,
        notes: notes || null,
        finalDiagnosisRedactions: trimmed(diagnosis).spans,
        actionsTakenRedactions: trimmed(actions).spans,
        notesRedactions: notes ? trimmed(notesText).spans : null,
      },
    });
    if (!sent.error) onDone();
  }

  const advice = current?.adviceConfirmed;
  return (
    <form noValidate aria-label="Report the outcome" onSubmit={(e) => void submit(e)}>
      <p className="notice" id="outcome-privacy">
        Identifiers (names, dates, places, record numbers) are removed from what you write here when you save
        it; what readers see is the de-identified text, previewed under each field.
      </p>
      <div>
        <PreviewedTextField
          id="outcome-finalDiagnosis"
          name="finalDiagnosis"
          label="Final diagnosis"
          multiline={false}
          maxLength={LIMITS.finalDiagnosis}
          value={diagnosis}
          onChange={setDiagnosis}
          fetchPreview={fetchPreview}
          invalid={!!errors.finalDiagnosis}
          describedBy={describedBy(errors, 'finalDiagnosis', 'outcome-privacy')}
        />
        <FieldError errors={errors} name="finalDiagnosis" />
      </div>
      <div>
        <PreviewedTextField
          id="outcome-actionsTaken"
          name="actionsTaken"
          label="What was done"
          rows={4}
          maxLength={LIMITS.actionsTaken}
          value={actions}
          onChange={setActions}
          fetchPreview={fetchPreview}
          invalid={!!errors.actionsTaken}
          describedBy={describedBy(errors, 'actionsTaken', 'outcome-privacy')}
        />
        <FieldError errors={errors} name="actionsTaken" />
      </div>
      <div>
        <label htmlFor="outcome-course">How the patient fared</label>
        <select
          id="outcome-course"
          name="course"
          defaultValue={current?.course ?? ''}
          aria-invalid={errors.course ? true : undefined}
          aria-describedby={describedBy(errors, 'course')}
        >
          <option value="">Choose…</option>
          {COURSES.map((c) => (
            <option key={c} value={c}>
              {COURSE_TEXT[c]}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="course" />
      </div>
      <fieldset aria-describedby={describedBy(errors, 'changedManagement')}>
        <legend>Did the consult change how the patient was managed?</legend>
        <Choice
          name="changedManagement"
          value="yes"
          text="Yes"
          checked={current?.changedManagement === true}
        />
        <Choice
          name="changedManagement"
          value="no"
          text="No"
          checked={current?.changedManagement === false}
        />
        <FieldError errors={errors} name="changedManagement" />
      </fieldset>
      <fieldset>
        <legend>Did the outcome bear out the advice?</legend>
        <Choice name="adviceConfirmed" value="yes" text="Yes" checked={advice === true} />
        <Choice name="adviceConfirmed" value="no" text="No" checked={advice === false} />
        <Choice
          name="adviceConfirmed"
          value=""
          text="Not sure"
          checked={advice === null || advice === undefined}
        />
      </fieldset>
      <div>
        <PreviewedTextField
          id="outcome-notes"
          name="notes"
          label="Notes (optional)"
          rows={3}
          maxLength={LIMITS.notes}
          value={notesText}
          onChange={setNotesText}
          fetchPreview={fetchPreview}
          invalid={!!errors.notes}
          describedBy={describedBy(errors, 'notes', 'outcome-privacy')}
        />
        <FieldError errors={errors} name="notes" />
      </div>
      {result.error && <ErrorNotice error={result.error} />}
      <div className="actions">
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Saving…' : current ? 'Save the new outcome' : 'Report outcome'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The case's outcome, shown to every reader once reported; its author reports it (or reports it again)
 * once the case is resolved.
 */
export function CaseOutcomeSection({
  caseId,
  isAuthor,
  resolved,
}: {
  caseId: string;
  isAuthor: boolean;
  resolved: boolean;
}) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CaseOutcomeView,
    variables: { id: caseId },
  });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const outcome = data?.case?.outcome ?? null;
  const mayReport = isAuthor && resolved;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!data && !fetching && !error) return null;
  if (data && !outcome && !mayReport) return null;

  return (
    <section aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Outcome</h2>
      {fetching && !data && <Loading label="Loading the outcome…" />}
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {saved && <Done>Outcome saved. The consultants and repliers are told.</Done>}
      {outcome && !editing && <OutcomeView outcome={outcome} />}
      {data && mayReport && !outcome && (
        <>
          <p className="muted">Tell the consultants and repliers how the patient fared.</p>
          <OutcomeForm
            caseId={caseId}
            current={null}
            onDone={() => {
              setSaved(true);
              reload();
            }}
          />
        </>
      )}
      {outcome && mayReport && !editing && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Update the outcome
        </button>
      )}
      {outcome && mayReport && editing && (
        <OutcomeForm
          caseId={caseId}
          current={outcome}
          onDone={() => {
            setEditing(false);
            setSaved(true);
            reload();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </section>
  );
}
