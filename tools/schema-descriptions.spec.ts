import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describableElementCount, undescribedElements } from './schema-descriptions.js';

/**
 * Every type, field, argument, input field and enum value of the printed schema carries a
 * description, so that a newcomer reading the schema in an explorer learns what each one is, its
 * units and limits, and who may see it. A new element without one fails here, named.
 */
describe('schema descriptions', () => {
  const printed = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

  it('describes every element of the printed schema', () => {
    expect(describableElementCount(printed)).toBeGreaterThan(800);
    expect(undescribedElements(printed)).toEqual([]);
  });

  it('names each kind of undescribed element (the check can fail)', () => {
    const sample = buildSchema(`
      """Described"""
      type Query {
        """Described"""
        a(
          """Described"""
          x: Int
          y: Int
        ): Int
        b: Thing
      }
      type Thing {
        """ """
        c: Int
      }
      """Described"""
      input Filter {
        d: Int
      }
      """Described"""
      enum Colour {
        """Described"""
        RED
        BLUE
      }
      scalar Stamp
    `);
    expect(undescribedElements(sample)).toEqual([
      'Colour.BLUE',
      'Filter.d',
      'Query.a(y)',
      'Query.b',
      'Stamp',
      'Thing',
      'Thing.c',
    ]);
  });
});
