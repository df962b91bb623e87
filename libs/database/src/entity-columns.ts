import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * An entity's columns under one table alias, for hot read paths written as plain SQL: the select
 * list is made once (`"a"."col" AS "a_col"`, the names TypeORM's query builder gives), and a raw
 * row becomes an entity the way TypeORM's result transformer makes it (same driver conversions),
 * without the query builder's per-request SQL generation and the transformer's grouping.
 */
export class EntityColumns<E extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: { key: string; column: ColumnMetadata }[];
  /** The select list, e.g. `"c"."id" AS "c_id", "c"."title" AS "c_title"`. */
  readonly select: string;
  /** The table, as it goes after FROM or JOIN. */
  readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<E>,
    readonly alias: string,
    omit: readonly string[] = [],
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = this.metadata.columns
      .filter((column) => column.isSelect && !column.isVirtual && !omit.includes(column.propertyName))
      .map((column) => ({ key: `${alias}_${column.databaseName}`, column }));
    this.select = this.columns
      .map(({ key, column }) => `"${alias}"."${column.databaseName}" AS "${key}"`)
      .join(', ');
    this.table = `"${this.metadata.tablePath}"`;
  }

  /** The entity in a raw row; undefined when all its columns are null (a left join that found nothing). */
  hydrate(raw: Record<string, unknown>): E | undefined {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as E;
    let hasData = false;
    for (const { key, column } of this.columns) {
      const value = raw[key];
      if (value === undefined) continue;
      if (value !== null) hasData = true;
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(value, column));
    }
    return hasData ? entity : undefined;
  }
}

/**
 * Named parameters (`:name`, as the query builder takes them) to the driver's positional ones,
 * with the same escaping rules as the query builder.
 */
export function positional(
  dataSource: DataSource,
  sql: string,
  parameters: Record<string, unknown>,
): [string, unknown[]] {
  return dataSource.driver.escapeQueryWithParameters(sql, parameters);
}
