import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { staleOperations, uncoveredOperations } from './permission-scope.js';
import { schemaOperations } from './schema-operations.js';

describe('permission scope', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'curbside-scope-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('should read every query, mutation and subscription of the printed schema', () => {
    const operations = schemaOperations();
    for (const name of ['feed', 'createCase', 'replyAdded', 'login']) expect(operations).toContain(name);
  });

  it('should cover the printed schema today', () => {
    expect(uncoveredOperations()).toEqual([]);
  });

  it('should fail when the schema gains an operation that no permission suite covers', () => {
    const schema = readFileSync('schema/schema.graphql', 'utf8').replace(
      /^type Mutation \{$/m,
      'type Mutation {\n  forgetEverything(caseId: ID!): Boolean!',
    );
    const file = path.join(dir, 'schema.graphql');
    writeFileSync(file, schema);
    expect(uncoveredOperations(file)).toEqual(['forgetEverything']);
  });

  it('should name matrix rows for operations the schema no longer has', () => {
    expect(staleOperations(['feed', 'retiredOperation'])).toEqual(['retiredOperation']);
  });
});
