import { type RequestContext, isUuid } from '@curbside/core';
import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type FindOptionsOrder, In, type ObjectLiteral } from 'typeorm';
import { readSource, trackLoader } from './read-routing.js';

const keys = new Map<string, symbol>();
/** The key of each (kind, entity, column), found without building its name on every load. */
const keysByTarget = new Map<EntityTarget<ObjectLiteral>, Map<string, symbol>>();

function keyFor(kind: string, entity: EntityTarget<ObjectLiteral>, column = 'id'): symbol {
  let byKind = keysByTarget.get(entity);
  if (!byKind) {
    byKind = new Map();
    keysByTarget.set(entity, byKind);
  }
  const known = byKind.get(`${kind}:${column}`);
  if (known) return known;
  const label = typeof entity === 'function' ? entity.name : typeof entity === 'string' ? entity : 'entity';
  const name = `${kind}:${label}:${column}`;
  let key = keys.get(name);
  if (!key) {
    key = Symbol(name);
    keys.set(name, key);
  }
  byKind.set(`${kind}:${column}`, key);
  return key;
}

function byIdLoader<E extends { id: string }>(
  ctx: RequestContext,
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  return ctx.memo(keyFor('byId', entity as EntityTarget<ObjectLiteral>), () =>
    trackLoader(
      ctx,
      new DataLoader<string, E | null>(async (ids) => {
        const source = await readSource(ctx, dataSource);
        const rows = await source.getRepository(entity).findBy({ id: In([...ids]) } as never);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((i) => byId.get(i) ?? null);
      }),
    ),
  );
}

/**
 * Loads one row by id, batched with every other load of the same entity in this request (one
 * `WHERE id IN (...)` per tick) and cached for the rest of it. Ids that are not UUIDs are null.
 * In a request routed to the read replica (`readSource`), the batch reads from the replica.
 */
export function loadById<E extends { id: string }>(
  ctx: RequestContext,
  dataSource: DataSource,
  entity: EntityTarget<E>,
  id: string,
): Promise<E | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return byIdLoader(ctx, dataSource, entity).load(id);
}

/** Tells this request's {@link loadById} a row it already holds, so that fields need not read it again. */
export function primeById<E extends { id: string }>(
  ctx: RequestContext,
  dataSource: DataSource,
  entity: EntityTarget<E>,
  row: E,
): void {
  byIdLoader(ctx, dataSource, entity).prime(row.id, row);
}

/**
 * Loads the rows whose `column` equals `value` (a one-to-many list), batched across the request like
 * {@link loadById}.
 */
export function loadAllBy<E extends ObjectLiteral, K extends keyof E & string>(
  ctx: RequestContext,
  dataSource: DataSource,
  entity: EntityTarget<E>,
  column: K,
  value: string,
  order?: FindOptionsOrder<E>,
): Promise<E[]> {
  const loader = ctx.memo(keyFor('allBy', entity as EntityTarget<ObjectLiteral>, column), () =>
    trackLoader(
      ctx,
      new DataLoader<string, E[]>(async (values) => {
        const source = await readSource(ctx, dataSource);
        const rows = await source
          .getRepository(entity)
          .find({ where: { [column]: In([...values]) } as never, order });
        const grouped = new Map<string, E[]>();
        for (const row of rows) {
          const owner = String(row[column]);
          grouped.set(owner, [...(grouped.get(owner) ?? []), row]);
        }
        return values.map((v) => grouped.get(v) ?? []);
      }),
    ),
  );
  return loader.load(value);
}
