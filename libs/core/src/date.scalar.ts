import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';
import { DomainError } from './domain-error.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date without time, `YYYY-MM-DD`; kept as that string inside the application. */
export function parseIsoDate(value: unknown): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d)
        return value;
    }
  }
  throw DomainError.badInput('A Date must be a calendar date written YYYY-MM-DD');
}

@Scalar('Date', () => DateScalarType)
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar date, YYYY-MM-DD';

  parseValue(value: unknown): string {
    return parseIsoDate(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseIsoDate(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}

/** Marker class used as the GraphQL type of Date fields: `@Field(() => DateScalarType)`. */
export class DateScalarType {}
