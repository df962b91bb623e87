import type { AgeBand, LocalCapability, SaveCaseDetailsInput, TransferOption } from '../../gql/graphql';
import { label } from '../../lib/format';

/** The structured case template as the author fills it in (numbers kept as typed). */
export interface DetailsDraft {
  clinicalQuestion: string;
  presentingProblem: string;
  tried: string;
  ageBand: AgeBand | '';
  localCapabilities: LocalCapability[];
  transferOptions: TransferOption[];
  travelMinutes: string;
  nearestSpecialistKm: string;
  heartRate: string;
  systolicBp: string;
  diastolicBp: string;
  oxygenSaturation: string;
  temperatureC: string;
}

export const EMPTY_DETAILS: DetailsDraft = {
  clinicalQuestion: '',
  presentingProblem: '',
  tried: '',
  ageBand: '',
  localCapabilities: [],
  transferOptions: [],
  travelMinutes: '',
  nearestSpecialistKm: '',
  heartRate: '',
  systolicBp: '',
  diastolicBp: '',
  oxygenSaturation: '',
  temperatureC: '',
};

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

/** Whether the author started the template (then the clinical question is required). */
export function hasDetails(d: DetailsDraft): boolean {
  return Object.entries(d).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== ''));
}

function int(value: string): number | null {
  return value.trim() === '' ? null : Math.round(Number(value));
}

function float(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/** The saveCaseDetails input for a case just posted. */
export function toSaveInput(caseId: string, d: DetailsDraft, sex: string | null): SaveCaseDetailsInput {
  return {
    caseId,
    clinicalQuestion: d.clinicalQuestion.trim(),
    presentingProblem: d.presentingProblem.trim() || null,
    tried: d.tried.trim() || null,
    ageBand: d.ageBand === '' ? null : d.ageBand,
    sex: (sex as SaveCaseDetailsInput['sex']) ?? null,
    localCapabilities: d.localCapabilities,
    transferOptions: d.transferOptions,
    travelMinutes: int(d.travelMinutes),
    nearestSpecialistKm: int(d.nearestSpecialistKm),
    vitals: {
      heartRate: int(d.heartRate),
      systolicBp: int(d.systolicBp),
      diastolicBp: int(d.diastolicBp),
      oxygenSaturation: int(d.oxygenSaturation),
      temperatureC: float(d.temperatureC),
    },
  };
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((x) => x !== value);
}

/** The structured template's fields in the composer: all optional until the author starts it. */
export function CaseDetailsFields({
  value,
  onChange,
}: {
  value: DetailsDraft;
  onChange: (d: DetailsDraft) => void;
}) {
  const set = <K extends keyof DetailsDraft>(key: K, v: DetailsDraft[K]) => onChange({ ...value, [key]: v });
  const started = hasDetails(value);
  const num = (key: keyof DetailsDraft, text: string, props: { min: number; max: number; step?: string }) => (
    <div>
      <label htmlFor={`details-${key}`}>{text}</label>
      <input
        id={`details-${key}`}
        type="number"
        inputMode="decimal"
        {...props}
        value={value[key]}
        onChange={(e) => set(key, e.target.value as never)}
      />
    </div>
  );
  return (
    <details className="case-details" open={started}>
      <summary>Structured details (optional)</summary>
      <p className="hint">
        Specialists answer faster with the question, vitals and what your clinic can do. Free text here is
        de-identified on the server like the case text.
      </p>
      <label htmlFor="details-clinicalQuestion">
        Your question for the specialist{started ? '' : ' (needed once you fill in any detail)'}
      </label>
      <textarea
        id="details-clinicalQuestion"
        rows={2}
        required={started}
        value={value.clinicalQuestion}
        onChange={(e) => set('clinicalQuestion', e.target.value)}
      />
      <label htmlFor="details-presentingProblem">Presenting problem</label>
      <textarea
        id="details-presentingProblem"
        rows={2}
        value={value.presentingProblem}
        onChange={(e) => set('presentingProblem', e.target.value)}
      />
      <label htmlFor="details-tried">What has been tried</label>
      <textarea
        id="details-tried"
        rows={2}
        value={value.tried}
        onChange={(e) => set('tried', e.target.value)}
      />
      <label htmlFor="details-ageBand">Age group</label>
      <select
        id="details-ageBand"
        value={value.ageBand}
        onChange={(e) => set('ageBand', e.target.value as AgeBand | '')}
      >
        <option value="">Not stated</option>
        {AGE_BANDS.map(([band, text]) => (
          <option key={band} value={band}>
            {text}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Vitals</legend>
        <div className="pair">
          {num('heartRate', 'Heart rate (per minute)', { min: 0, max: 300 })}
          {num('oxygenSaturation', 'Oxygen saturation (%)', { min: 0, max: 100 })}
          {num('systolicBp', 'Systolic BP (mmHg)', { min: 0, max: 300 })}
          {num('diastolicBp', 'Diastolic BP (mmHg)', { min: 0, max: 200 })}
          {num('temperatureC', 'Temperature (°C)', { min: 25, max: 45, step: '0.1' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>What your clinic can do</legend>
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
        <legend>Distance to a specialist</legend>
        <div className="pair">
          {num('travelMinutes', 'Travel time (minutes)', { min: 0, max: 10000 })}
          {num('nearestSpecialistKm', 'Distance (km)', { min: 0, max: 20000 })}
        </div>
      </fieldset>
      <fieldset>
        <legend>Transfer options</legend>
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
