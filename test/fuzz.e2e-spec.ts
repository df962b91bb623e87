import {
  GraphqlClient,
  createTestApp,
  login,
  register,
  verifiedClinician,
  type Session,
  type TestApp,
} from '@curbside/testing';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { readFileSync } from 'node:fs';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'fuzz.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0099',
};
/** Malformed inputs per operation and role: bounded, so the suite stays a few minutes on 2 cores. */
const RUNS_PER_OPERATION = 4;
const SEED = 13_2026;

/** Operations without arguments have nothing to fuzz (and `logout` would end the role's session). */
const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const roots = [schema.getQueryType(), schema.getMutationType()].filter(
  (t): t is GraphQLObjectType => t !== null && t !== undefined,
);
const operations = roots.flatMap((root) =>
  Object.values(root.getFields())
    .filter((field) => field.args.length > 0)
    .map((field) => ({ kind: root === schema.getMutationType() ? 'mutation' : 'query', field })),
);

/** Every submitted string carries this, so an echo in an error message is easy to find. */
const MARK = 'Qzv';

const hostileText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      `${MARK}\u0000nul`,
      `${MARK}\ud800lone`,
      `${MARK}\udfffback`,
      `${MARK}'; DROP TABLE clinician; --`,
      `${MARK}${'x'.repeat(5000)}`,
      `${MARK}<script>alert(1)</script>`,
      `${MARK}%s%n%x`,
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => `${MARK}${s}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `${MARK}${s}`) },
);
const hostileCursor = fc.oneof(
  fc.json().map((j) => Buffer.from(j, 'utf8').toString('base64url')),
  fc
    .tuple(fc.double(), fc.uuid())
    .map((values) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url')),
  hostileText,
);
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constant({}),
  fc.constant([]),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

function valueFor(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, depth);
  if (isListType(type)) {
    return fc.oneof(fc.array(valueFor(type.ofType, name, depth + 1), { maxLength: 3 }), wrongType);
  }
  const named = getNamedType(type);
  let good: fc.Arbitrary<unknown>;
  if (isInputObjectType(named)) {
    if (depth > 2) return wrongType;
    const fields = Object.values(named.getFields());
    good = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, depth + 1)])), {
      requiredKeys: [],
    });
  } else if (isEnumType(named)) {
    good = fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.name)), hostileText);
  } else if (named.name === 'ID') {
    good = fc.oneof(fc.uuid(), hostileText, fc.constant(`${MARK}-not-a-uuid`));
  } else if (named.name === 'Int') {
    good = fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31)));
  } else if (named.name === 'Float') {
    good = fc.double({ noNaN: true });
  } else if (named.name === 'Boolean') {
    good = fc.boolean();
  } else if (name === 'after') {
    good = hostileCursor;
  } else {
    good = hostileText;
  }
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: wrongType });
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function documentFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Fuzz(${defs}) { ${field.name}(${args})${selectionFor(field)} }`;
}

/** Strings of the variables long enough to recognise in an error message. */
function submittedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.startsWith(MARK) && value.length > MARK.length + 3) out.push(value.slice(0, MARK.length + 24));
  } else if (Array.isArray(value)) for (const v of value) submittedStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) submittedStrings(v, out);
  return out;
}

describe('Schema-aware fuzzer: every operation with malformed variables, as each role', () => {
  let t: TestApp;
  const roles: { name: string; token?: string }[] = [{ name: 'anonymous' }];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        ...ADMIN,
        LOG_LEVEL: 'warn',
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
        PREVIEW_MAX_CALLS_PER_MINUTE_PER_ADDRESS: '100000',
        PREVIEW_UNVERIFIED_MAX_CALLS_PER_MINUTE: '100000',
        PREVIEW_MAX_CALLS_PER_MINUTE: '100000',
      },
    });
    const admin: Session = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const unverified = await register(t.client, 'Dr. Fuzz Unverified');
    const verified = await verifiedClinician(t.client, admin, 'Dr. Fuzz Verified');
    roles.push(
      { name: 'unverified', token: unverified.accessToken },
      { name: 'verified', token: verified.accessToken },
      { name: 'admin', token: admin.accessToken },
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should cover every operation of the printed schema that takes arguments', () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  it.each(operations.map((op) => [`${op.kind} ${op.field.name}`, op] as const))(
    'should answer %s with a clean error or data, never a 5xx, a stack, SQL or an echo',
    async (_name, { kind, field }) => {
      const query = documentFor(kind, field);
      const variables = fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, a.name)])),
        { requiredKeys: [] },
      );
      const logsBefore = t.logs.length;
      await fc.assert(
        fc.asyncProperty(variables, fc.constantFrom(...roles), async (vars, role) => {
          const res = await t.client.request(query, vars, { token: role.token });
          expect(res.status).toBeLessThan(500);
          const codes = GraphqlClient.codes(res);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          for (const code of codes) expect(typeof code).toBe('string');
          const errorText = JSON.stringify(res.errors ?? []);
          expect(errorText).not.toMatch(
            /\n\s+at |QueryFailedError|\bSELECT\b|\bINSERT INTO\b|violates|syntax error at/,
          );
          const messages = (res.errors ?? []).map((e) => e.message).join('\n');
          for (const submitted of submittedStrings(vars)) expect(messages).not.toContain(submitted);
        }),
        { numRuns: RUNS_PER_OPERATION * roles.length, seed: SEED, endOnFailure: true },
      );
      // expected refusals are never logged at error level
      expect(t.logs.slice(logsBefore).join('')).not.toMatch(/"level":(50|60)/);
    },
  );
});
