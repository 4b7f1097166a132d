/**
 * A stored record described once, as a table of its fields: each names its SQLite column and
 * how the stored value becomes the record's and back. The record's type, the SELECT list, the
 * row reader and the columns an UPDATE writes all follow from that one table, so adding a
 * field is one line there (and a migration), not an edit in every mapper.
 */

/** What better-sqlite3 reads from and binds to a column. */
export type SqlValue = string | number | bigint | Buffer | null;

/** One row as better-sqlite3 returns it, keyed as the SELECT names its columns. */
export type StoredRow = Record<string, unknown>;

export interface Column<Value> {
  /** The column in its table. */
  readonly name: string;
  /** The SQL that reads it, when it is not the record's own table's column of that name. */
  readonly sql?: string;
  /** Whether the stored value is the record's as it is, so rows need nothing done to it. */
  readonly asStored: boolean;
  // Methods, not function properties: a Column<JobStatus> must fit where any Column is asked for.
  read(stored: unknown): Value;
  write(value: Value): SqlValue;
}

/** A column stored as the record holds it (text, a number, or null). */
export function value<Value extends SqlValue>(name: string, sql?: string): Column<Value> {
  return { name, sql, asStored: true, read: (stored) => stored as Value, write: (held) => held };
}

/** A yes/no stored as 1 or 0. */
export function flag(name: string): Column<boolean> {
  return { name, asStored: false, read: (stored) => stored === 1, write: (held) => (held ? 1 : 0) };
}

/** A structured value (a list of file names) stored as JSON text. */
export function json<Value>(name: string): Column<Value> {
  return {
    name,
    asStored: false,
    read: (stored) => JSON.parse(stored as string) as Value,
    write: (held) => JSON.stringify(held),
  };
}

export type Columns = Record<string, Column<unknown>>;

/** The record a table of columns describes. */
export type RecordOf<Table extends Columns> = { [Field in keyof Table]: ReturnType<Table[Field]['read']> };

/**
 * `table.column AS "field", …`: every field of the record, in the table's order, named as the
 * record names it, so each row comes back already keyed as its record.
 */
export function selectList(table: Columns, from: string): string {
  return Object.entries(table)
    .map(([field, column]) => `${column.sql ?? `${from}.${column.name}`} AS "${field}"`)
    .join(', ');
}

/**
 * Reads rows of `selectList(table, …)` into records: only the fields not stored as the record
 * holds them (yes/no, JSON) are converted, in the row better-sqlite3 has just made for us.
 */
export function rowReader<Table extends Columns>(table: Table): (row: StoredRow) => RecordOf<Table> {
  const converted = Object.entries(table).filter(([, column]) => !column.asStored);
  return (row) => {
    for (const [field, column] of converted) row[field] = column.read(row[field]);
    return row as RecordOf<Table>;
  };
}

/**
 * A change to some of a record's fields as SQL: the `column = @field` assignments, in the
 * change's order, and the values to bind to them.
 */
export function assignments<Table extends Columns>(
  table: Table,
  change: Partial<RecordOf<Table>>,
): { sets: string[]; values: Record<string, SqlValue> } {
  const sets: string[] = [];
  const values: Record<string, SqlValue> = {};
  for (const [field, held] of Object.entries(change)) {
    const column = table[field];
    if (!column) throw new Error(`no column for ${field}`);
    sets.push(`${column.name} = @${field}`);
    values[field] = column.write(held);
  }
  return { sets, values };
}
