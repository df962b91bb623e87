import type { Faker } from '@faker-js/faker';
import { digits, int, pick, type Filled, type Random } from './compose.js';

/**
 * The people, places and numbers of one generated note. Names and places come from a faker locale
 * (not from the census, SUBTLEX or ZIP lists the engine's lexicons are built from), numbers are
 * invented. The same keys give the same person within a note, so recurrences can be scored.
 */
/** A single word of Latin letters (faker's multi-word names and towns are skipped). */
const SINGLE_WORD = /^[A-Z][A-Za-z'-]+$/;

/** The regular expressions of the cast, for the ReDoS test. */
export const CAST_PATTERNS: readonly RegExp[] = [SINGLE_WORD];

export class Cast {
  private readonly fixed = new Map<string, string>();

  constructor(
    private readonly faker: Faker,
    private readonly rand: Random,
    private readonly year: number,
  ) {}

  private word(make: () => string): string {
    for (let i = 0; i < 40; i++) {
      const w = make();
      if (SINGLE_WORD.test(w)) return w;
    }
    return 'Quillon';
  }

  first(): string {
    return this.word(() => this.faker.person.firstName());
  }

  last(): string {
    return this.word(() => this.faker.person.lastName());
  }

  town(): string {
    return this.word(() => this.faker.location.city());
  }

  /** A fixed value per key within this note ("p1" is always the same patient). */
  same(key: string, make: () => string): string {
    let v = this.fixed.get(key);
    if (v === undefined) {
      v = make();
      this.fixed.set(key, v);
    }
    return v;
  }

  acronym(): string {
    const letters = 'ABCDEFGHJKLMNPRSTVW';
    let s = '';
    for (let i = int(this.rand, 3, 4); i > 0; i--) s += letters[int(this.rand, 0, letters.length - 1)] ?? 'M';
    return s;
  }

  facility(): string {
    const r = this.rand;
    return pick(r, [
      () => `${this.town()} General Hospital`,
      () => `St. ${this.last()}'s`,
      () => `${this.last()} Memorial`,
      () => this.acronym(),
      () => `${this.town()} Regional Medical Center`,
      () => `${this.town()} Community Hospital`,
      () => `${this.last()} Rehab`,
      () => `${this.town()} Nursing Home`,
    ])();
  }

  phone(): string {
    const r = this.rand;
    const a = String(int(r, 201, 989));
    const b = String(int(r, 200, 989));
    const c = digits(r, 4);
    return pick(r, [
      `${a}-${b}-${c}`,
      `(${a}) ${b}-${c}`,
      `${a}- ${b}- ${c}`,
      `${a}.${b}.${c}`,
      `${a} ${b} ${c}`,
      `${b}-${c}`,
    ]);
  }

  date(): string {
    const r = this.rand;
    const m = int(r, 1, 12);
    const d = int(r, 1, 28);
    const y = this.year;
    const months = [
      'jan',
      'feb',
      'march',
      'april',
      'may',
      'june',
      'july',
      'aug',
      'sept',
      'oct',
      'nov',
      'dec',
    ];
    const mon = months[m - 1] ?? 'jan';
    return pick(r, [
      `${m}/${d}`,
      `${m}/${d}/${String(y).slice(2)}`,
      `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`,
      `${mon} ${d}`,
      `${d} ${mon[0]?.toUpperCase() ?? ''}${mon.slice(1)}`,
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ]);
  }

  monthYear(): string {
    const r = this.rand;
    return pick(r, [`${int(r, 1, 12)}/${String(int(r, 80, 99))}`, `${int(r, 1, 12)}/${int(r, 2001, 2019)}`]);
  }

  /** Resolves the placeholders shared by all generators; undefined for an unknown key. */
  resolve(key: string): Filled | undefined {
    const r = this.rand;
    const n = (c: Filled['category'], value: string): Filled => ({ value, category: c });
    switch (key) {
      case 'pf':
        return n(
          'NAME',
          this.same('pf', () => this.first()),
        );
      case 'pl':
        return n(
          'NAME',
          this.same('pl', () => this.last()),
        );
      case 'r1':
      case 'r2':
      case 'r3':
        return n(
          'NAME',
          this.same(key, () => this.first()),
        );
      case 'md':
      case 'md2':
        return n(
          'NAME',
          this.same(key, () => this.last()),
        );
      case 'rn':
        return n(
          'NAME',
          this.same('rn', () => this.first()),
        );
      case 'rnl':
        return n(
          'NAME',
          this.same('rnl', () => this.last()),
        );
      case 'init':
        return n(
          'NAME',
          this.same('init', () => `${this.first()[0] ?? 'K'}. ${this.last()}`),
        );
      case 'first':
        return n('NAME', this.first());
      case 'last':
        return n('NAME', this.last());
      case 'town':
        return n(
          'LOCATION',
          this.same('town', () => this.town()),
        );
      case 'hosp':
        return n(
          'LOCATION',
          this.same('hosp', () => this.facility()),
        );
      case 'acr':
        return n(
          'LOCATION',
          this.same('acr', () => this.acronym()),
        );
      case 'ward':
        return n(
          'LOCATION',
          this.same('ward', () => this.last()),
        );
      case 'street':
        return n('LOCATION', this.faker.location.streetAddress());
      case 'zip':
        return n('LOCATION', digits(r, 5));
      case 'date':
        return n('DATE', this.date());
      case 'my':
        return n('DATE', this.monthYear());
      case 'phone':
        return n('PHONE', this.phone());
      case 'pager':
        return n('PHONE', digits(r, 5));
      case 'mrn':
        return n('MRN', digits(r, int(r, 7, 9)));
      case 'room':
        return n('OTHER_ID', `${int(r, 2, 9)}${digits(r, 2)}`);
      case 'age90':
        return n('AGE_OVER_89', String(int(r, 90, 103)));
      case 'n':
        return { value: String(int(r, 2, 14)) };
      default:
        return undefined;
    }
  }
}
