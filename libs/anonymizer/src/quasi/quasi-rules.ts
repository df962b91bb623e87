/**
 * Quasi-identifier rules: combinations of context that Safe Harbor does not list but that can point
 * to one person in a small place. Data, not code: each rule fires when every one of its groups is
 * present in the text (a group is a list of lower-case terms matched on word boundaries, or the
 * text's own dates).
 */
export interface QuasiRule {
  id: string;
  /** Said to the author, without quoting the text. */
  message: string;
  groups: readonly (readonly string[] | 'DATE')[];
}

const RARE_CONDITIONS = [
  'rare',
  'first case',
  'case report',
  'orphan disease',
  'creutzfeldt',
  'prion',
  'kuru',
  'rabies',
  'plague',
  'tularemia',
  'anthrax',
  'botulism',
  'leprosy',
  'naegleria',
  'mucormycosis',
  'chagas',
  'fabry',
  'gaucher',
  'pompe',
  'huntington',
  'porphyria',
  'progeria',
  'hantavirus',
  'brucellosis',
  'q fever',
  'powassan',
  'melioidosis',
  'ebola',
  'diphtheria',
  'polio',
  'tetanus',
  'erdheim',
  'castleman',
  'amyloidosis',
  'sarcoma',
  'pheochromocytoma',
  'erythromelalgia',
  'snakebite',
  'envenomation',
];
const SMALL_PLACES = [
  'small town',
  'village',
  'county',
  'reservation',
  'tribal',
  'critical access',
  'frontier',
  'island',
  'only hospital',
  'only clinic',
  'population',
  'ranch',
  'pueblo',
  'rural',
];
const UNUSUAL_OCCUPATIONS = [
  'astronaut',
  'senator',
  'governor',
  'mayor',
  'congressman',
  'congresswoman',
  'judge',
  'bishop',
  'olympic',
  'olympian',
  'professional athlete',
  'nfl',
  'nba',
  'celebrity',
  'actor',
  'actress',
  'rodeo',
  'lighthouse',
  'smokejumper',
  'zookeeper',
  'sheriff',
  'coroner',
  'ceo',
  'famous',
  'news anchor',
  'bull rider',
  'falconer',
  'circus',
  'trapeze',
  'saturation diver',
  'jockey',
  'racecar',
];
const RARE_EVENTS = [
  'tornado',
  'hurricane',
  'earthquake',
  'wildfire',
  'explosion',
  'plane crash',
  'shooting',
  'mass casualty',
  'bear attack',
  'shark',
  'lightning',
  'avalanche',
  'derailment',
  'bombing',
  'outbreak',
  'mine collapse',
  'bus crash',
  'stampede',
];

export const QUASI_RULES: readonly QuasiRule[] = [
  {
    id: 'RARE_CONDITION_SMALL_PLACE',
    message:
      'A rare condition together with a small or rural place can point to one person: consider generalising one of them.',
    groups: [RARE_CONDITIONS, SMALL_PLACES],
  },
  {
    id: 'UNUSUAL_OCCUPATION',
    message: 'An unusual or public occupation can identify the patient: consider a more general description.',
    groups: [UNUSUAL_OCCUPATIONS],
  },
  {
    id: 'RARE_EVENT_WITH_DATE',
    message:
      'A rare event together with a date can be found in the news: consider removing the date or the event.',
    groups: [RARE_EVENTS, 'DATE'],
  },
];
