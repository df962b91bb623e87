import { matchesAt } from './anchors.js';

describe(matchesAt.name, () => {
  it('should try a sticky pattern only at the given positions, without overlapping matches', () => {
    const text = '12-34-56 and 7-8';
    const found = matchesAt(/\d+-\d+/y, text, [0, 3, 6, 13]).map((m) => [m.index, m[0]]);
    expect(found).toEqual([
      [0, '12-34'],
      [13, '7-8'],
    ]);
  });

  it('should find nothing where the pattern cannot start', () => {
    expect(matchesAt(/\d+/y, 'abc 12', [0, 1, 2])).toEqual([]);
  });
});
