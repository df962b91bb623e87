import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** snake_case columns and readable constraint names (`pk_case`, `fk_case_channel_id`) instead of hashes. */
export class CurbsideNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(firstTableName: string, secondTableName: string): string {
    return snake(`${firstTableName}_${secondTableName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(tableOrName: string | { name: string }): string {
    return `pk_${tableName(tableOrName)}`;
  }

  override uniqueConstraintName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `uq_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override foreignKeyName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `fk_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override indexName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `ix_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override relationConstraintName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `ck_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override defaultConstraintName(tableOrName: string | { name: string }, columnName: string): string {
    return `df_${tableName(tableOrName)}_${columnName}`;
  }

  override checkConstraintName(tableOrName: string | { name: string }, expression: string): string {
    return `ck_${tableName(tableOrName)}_${shortHash(expression)}`;
  }

  override exclusionConstraintName(tableOrName: string | { name: string }, expression: string): string {
    return `xc_${tableName(tableOrName)}_${shortHash(expression)}`;
  }
}

function tableName(tableOrName: string | { name: string }): string {
  const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
  return name.includes('.') ? name.split('.').pop()! : name;
}

function shortHash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
