/**
 * The composer's draft in this browser's local storage. Only text that has come back from the
 * de-identification preview is ever written here, never what the author typed, so a shared or stolen
 * device holds nothing the server would not have stored.
 */
export interface DeidentifiedDraft {
  title: string;
  body: string;
  channelId: string;
  patientAge: number | null;
  patientSex: string;
  anonymous: boolean;
  /**
   * The structured template with its free-text parts de-identified (checked by its owner, the
   * composer, when read back: this module does not know its shape).
   */
  details?: unknown;
  savedAt: string;
}

const KEY = 'curbside.case-draft.v1';

export function saveDeidentifiedDraft(draft: DeidentifiedDraft, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the draft simply is not kept
  }
}

export function loadDraft(storage: Storage = localStorage): DeidentifiedDraft | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<DeidentifiedDraft>;
    if (typeof value.title !== 'string' || typeof value.body !== 'string') return null;
    return {
      title: value.title,
      body: value.body,
      channelId: typeof value.channelId === 'string' ? value.channelId : '',
      patientAge: typeof value.patientAge === 'number' && value.patientAge < 90 ? value.patientAge : null,
      patientSex: typeof value.patientSex === 'string' ? value.patientSex : '',
      anonymous: value.anonymous === true,
      details: value.details ?? null,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    };
  } catch {
    return null;
  }
}

export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
