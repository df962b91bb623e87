import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { describeRootTypes } from '@curbside/core';
import { RESOLVERS, SCALARS } from '../apps/api/src/graphql-schema-parts.js';

const HEADER =
  '# Printed from code by `npm run schema:print`. Do not edit: CI fails when this file drifts.\n\n';

/** Builds the schema from the resolvers alone: no database, no server. */
export async function buildPrintedSchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS, SCALARS);
    return HEADER + printSchema(lexicographicSortSchema(describeRootTypes(schema))) + '\n';
  } finally {
    await app.close();
  }
}

const target = new URL('../../schema/schema.graphql', import.meta.url);
writeFileSync(target, await buildPrintedSchema());
process.stderr.write(`schema written to ${target.pathname}\n`);
