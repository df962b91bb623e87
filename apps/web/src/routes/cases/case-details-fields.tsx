import { useState, type ReactNode } from 'react';
import type { AgeBand, LocalCapability, TransferOption } from '../../gql/graphql';
import { label } from '../../lib/format';
import {
  EMPTY_EVENT,
  EMPTY_LAB,
  EMPTY_MEDICATION,
  hasDetails,
  type DetailUnits,
  type DetailsDraft,
  type LabDraft,
  type MedicationDraft,
  type TimelineDraft,
} from './case-details-rules';
import './case-details.css';

export {
  EMPTY_DETAILS,
  detailsProblems,
  hasDetails,
  toSaveInput,
  type DetailsDraft,
} from './case-details-rules';

const AGE_BANDS: [AgeBand, string][] = [
  ['NEONATE', 'Newborn (under 28 days)'],
  ['INFANT', 'Infant (under 1 year)'],
  ['CHILD', 'Child (1 to 12)'],
  ['ADOLESCENT', 'Adolescent (13 to 17)'],
  ['ADULT_18_39', 'Adult, 18 to 39'],
  ['ADULT_40_64', 'Adult, 40 to 64'],
  ['ADULT_65_89', 'Adult, 65 to 89'],
  ['ADULT_90_PLUS', 'Adult, 90 or over'],
];

const CAPABILITIES: LocalCapability[] = [
  'ECG',
  'XRAY',
  'ULTRASOUND',
  'CT',
  'MRI',
  'ECHOCARDIOGRAPHY',
  'POINT_OF_CARE_LABS',
  'BASIC_LABS',
  'FULL_LABS',
  'BLOOD_TRANSFUSION',
  'DERMOSCOPY',
  'TELEHEALTH',
];

const TRANSFERS: TransferOption[] = [
  'GROUND_AMBULANCE',
  'AIR_AMBULANCE',
  'SCHEDULED_REFERRAL',
  'PRIVATE_VEHICLE',
  'NONE',
];

const CAPABILITY_LABELS: Partial<Record<LocalCapability, string>> = {
  ECG: 'ECG',
  XRAY: 'X-ray',
  CT: 'CT',
  MRI: 'MRI',
};

export function capabilityLabel(c: string): string {
  return CAPABILITY_LABELS[c as LocalCapability] ?? label(c);
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((x) => x !== value);
}

/** A field's problem under it, tied to the control by `aria-describedby`. */
function Problem({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {text}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** One field's wiring: its id, whether it is invalid and what describes it. */
function wiring(id: string, problem: string | undefined, hint?: string) {
  return {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy(hint, problem && `${id}-error`),
  };
}

/** A list of rows (labs, medications, events), each removable, with a button to add one. */
function RowList<T>({
  legend,
  hint,
  hintId,
  rows,
  empty,
  addText,
  rowName,
  onChange,
  renderRow,
}: {
  legend: string;
  hint: string;
  hintId: string;
  rows: T[];
  empty: T;
  addText: string;
  rowName: (i: number) => string;
  onChange: (rows: T[]) => void;
  renderRow: (row: T, i: number, set: (patch: Partial<T>) => void) => ReactNode;
}) {
  return (
    <fieldset className="detail-rows">
      <legend>{legend}</legend>
      <p id={hintId} className="hint">
        {hint}
      </p>
      {rows.map((row, i) => (
        <fieldset key={i} className="detail-row">
          <legend>{rowName(i)}</legend>
          {renderRow(row, i, (patch) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r))))}
          <button type="button" className="link" onClick={() => onChange(rows.filter((_, k) => k !== i))}>
            Remove {rowName(i).toLowerCase()}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { ...empty }])}>
        {addText}
      </button>
    </fieldset>
  );
}

/**
 * The structured template's fields in the composer: all optional until the author starts it. A
 * field's problem shows once the author leaves it (or tries to post, `showAll`).
 */
export function CaseDetailsFields({
  value,
  units,
  onChange,
  problems = {},
  showAll = false,
}: {
  value: DetailsDraft;
  /** The units offered for a lab result and a dose, as the API lists them. */
  units: DetailUnits;
  onChange: (d: DetailsDraft) => void;
  /** From `detailsProblems`, keyed by field id. */
  problems?: Record<string, string>;
  showAll?: boolean;
}) {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const set = <K extends keyof DetailsDraft>(key: K, v: DetailsDraft[K]) => onChange({ ...value, [key]: v });
  const started = hasDetails(value);
  const shown = (id: string) => (showAll || left.has(id) ? problems[id] : undefined);
  const onBlur = (e: { target: { id: string } }) => {
    const id = e.target.id;
    if (id && !left.has(id)) setLeft(new Set([...left, id]));
  };
  const wire = (id: string, hint?: string) => wiring(id, shown(id), hint);

  type NumberKey =
    | 'heartRate'
    | 'systolicBp'
    | 'diastolicBp'
    | 'respiratoryRate'
    | 'oxygenSaturation'
    | 'temperatureC'
    | 'weightKg'
    | 'travelMinutes'
    | 'nearestSpecialistKm';
  const num = (key: NumberKey, text: string, decimal = false) => {
    const id = `details-${key}`;
    return (
      <div>
        <label htmlFor={id}>{text}</label>
        <input
          {...wire(id)}
          type="number"
          inputMode={decimal ? 'decimal' : 'numeric'}
          step={decimal ? 'any' : 1}
          value={value[key]}
          onChange={(e) => set(key, e.target.value)}
        />
        <Problem id={id} text={shown(id)} />
      </div>
    );
  };
  const text = (key: 'clinicalQuestion' | 'presentingProblem' | 'tried', caption: string) => {
    const id = `details-${key}`;
    return (
      <div>
        <label htmlFor={id}>{caption}</label>
        <textarea
          {...wire(id)}
          rows={2}
          required={key === 'clinicalQuestion' && started}
          value={value[key]}
          onChange={(e) => set(key, e.target.value)}
        />
        <Problem id={id} text={shown(id)} />
      </div>
    );
  };
  const unitSelect = (id: string, units: readonly string[], current: string, onPick: (u: string) => void) => (
    <div>
      <label htmlFor={id}>Unit</label>
      <select {...wire(id)} value={current} onChange={(e) => onPick(e.target.value)}>
        <option value="">Choose…</option>
        {units.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </select>
      <Problem id={id} text={shown(id)} />
    </div>
  );
  const rowText = (
    id: string,
    caption: string,
    current: string,
    onType: (t: string) => void,
    hint?: string,
  ) => (
    <div>
      <label htmlFor={id}>{caption}</label>
      <input {...wire(id, hint)} value={current} onChange={(e) => onType(e.target.value)} />
      <Problem id={id} text={shown(id)} />
    </div>
  );
  const dayInput = (id: string, caption: string, current: string, onType: (t: string) => void) => (
    <div>
      <label htmlFor={id}>{caption}</label>
      <input
        {...wire(id, 'details-day-hint')}
        type="number"
        step={1}
        value={current}
        onChange={(e) => onType(e.target.value)}
      />
      <Problem id={id} text={shown(id)} />
    </div>
  );

  return (
    <details className="case-details" open={started} onBlur={onBlur}>
      <summary>Structured details (optional)</summary>
      <p className="hint">
        Specialists answer faster with the question, vitals and what your clinic can do. Free text here is
        de-identified on the server like the case text: check each part in the preview.
      </p>
      <p id="details-day-hint" className="hint">
        Days count from the first clinical date (day 0): −2 is two days before it. Never enter calendar dates.
      </p>
      {text(
        'clinicalQuestion',
        `Your question for the specialist${started ? '' : ' (needed once you fill in any detail)'}`,
      )}
      {text('presentingProblem', 'Presenting problem')}
      <RowList<TimelineDraft>
        legend="Timeline"
        hint="What happened when, in days from day 0."
        hintId="details-timeline-hint"
        rows={value.timeline}
        empty={EMPTY_EVENT}
        addText="Add a timeline event"
        rowName={(i) => `Event ${i + 1}`}
        onChange={(rows) => set('timeline', rows)}
        renderRow={(row, i, patch) => (
          <div className="pair detail-grid">
            {dayInput(`details-event-${i}-day`, 'Day', row.dayOffset, (t) => patch({ dayOffset: t }))}
            {rowText(`details-event-${i}-event`, 'What happened', row.event, (t) => patch({ event: t }))}
          </div>
        )}
      />
      {text('tried', 'What has been tried')}
      <label htmlFor="details-ageBand">Age group</label>
      <select
        id="details-ageBand"
        value={value.ageBand}
        onChange={(e) => set('ageBand', e.target.value as AgeBand | '')}
      >
        <option value="">Not stated</option>
        {AGE_BANDS.map(([band, caption]) => (
          <option key={band} value={band}>
            {caption}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Vitals</legend>
        <div className="pair detail-grid">
          {num('heartRate', 'Heart rate (per minute)')}
          {num('respiratoryRate', 'Respiratory rate (per minute)')}
          {num('systolicBp', 'Systolic BP (mmHg)')}
          {num('diastolicBp', 'Diastolic BP (mmHg)')}
          {num('oxygenSaturation', 'Oxygen saturation (%)')}
          {num('temperatureC', 'Temperature (°C)', true)}
          {num('weightKg', 'Weight (kg)', true)}
        </div>
      </fieldset>
      <RowList<LabDraft>
        legend="Lab results"
        hint="The test, its result and the unit; the day is optional."
        hintId="details-labs-hint"
        rows={value.labs}
        empty={EMPTY_LAB}
        addText="Add a lab result"
        rowName={(i) => `Lab result ${i + 1}`}
        onChange={(rows) => set('labs', rows)}
        renderRow={(row, i, patch) => (
          <div className="pair detail-grid">
            {rowText(`details-lab-${i}-name`, 'Test', row.name, (t) => patch({ name: t }))}
            <div>
              <label htmlFor={`details-lab-${i}-value`}>Result</label>
              <input
                {...wire(`details-lab-${i}-value`)}
                type="number"
                inputMode="decimal"
                step="any"
                value={row.value}
                onChange={(e) => patch({ value: e.target.value })}
              />
              <Problem id={`details-lab-${i}-value`} text={shown(`details-lab-${i}-value`)} />
            </div>
            {unitSelect(`details-lab-${i}-unit`, units.lab, row.unit, (u) => patch({ unit: u }))}
            {dayInput(`details-lab-${i}-day`, 'Day (optional)', row.dayOffset, (t) =>
              patch({ dayOffset: t }),
            )}
          </div>
        )}
      />
      <RowList<MedicationDraft>
        legend="Medications"
        hint="The medication, the dose per administration and its unit; how often is optional."
        hintId="details-medications-hint"
        rows={value.medications}
        empty={EMPTY_MEDICATION}
        addText="Add a medication"
        rowName={(i) => `Medication ${i + 1}`}
        onChange={(rows) => set('medications', rows)}
        renderRow={(row, i, patch) => (
          <div className="pair detail-grid">
            {rowText(`details-med-${i}-name`, 'Medication', row.name, (t) => patch({ name: t }))}
            <div>
              <label htmlFor={`details-med-${i}-dose`}>Dose</label>
              <input
                {...wire(`details-med-${i}-dose`)}
                type="number"
                inputMode="decimal"
                step="any"
                value={row.dose}
                onChange={(e) => patch({ dose: e.target.value })}
              />
              <Problem id={`details-med-${i}-dose`} text={shown(`details-med-${i}-dose`)} />
            </div>
            {unitSelect(`details-med-${i}-unit`, units.dose, row.unit, (u) => patch({ unit: u }))}
            {rowText(`details-med-${i}-frequency`, 'How often (optional)', row.frequency, (t) =>
              patch({ frequency: t }),
            )}
          </div>
        )}
      />
      <fieldset>
        <legend>Rural context: what your clinic can do</legend>
        <div className="checks">
          {CAPABILITIES.map((c) => (
            <div className="check" key={c}>
              <input
                id={`details-cap-${c}`}
                type="checkbox"
                checked={value.localCapabilities.includes(c)}
                onChange={(e) =>
                  set('localCapabilities', toggle(value.localCapabilities, c, e.target.checked))
                }
              />
              <label htmlFor={`details-cap-${c}`}>{capabilityLabel(c)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Rural context: the nearest specialist</legend>
        <div className="pair detail-grid">
          {num('travelMinutes', 'Travel time (minutes)')}
          {num('nearestSpecialistKm', 'Distance (km)')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Rural context: transfer options</legend>
        <div className="checks">
          {TRANSFERS.map((t) => (
            <div className="check" key={t}>
              <input
                id={`details-transfer-${t}`}
                type="checkbox"
                checked={value.transferOptions.includes(t)}
                onChange={(e) => set('transferOptions', toggle(value.transferOptions, t, e.target.checked))}
              />
              <label htmlFor={`details-transfer-${t}`}>{label(t)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
