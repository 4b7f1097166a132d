/**
 * Statements whose SQL is put together per call (an UPDATE of the fields a change names, a
 * list filtered several ways), prepared once per shape and kept for the connection. The
 * shapes come from code and from a handful of list filters, so few are ever made; the cap
 * only keeps odd input (a filter naming the same status many times) from growing it for ever.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

const MOST_KEPT = 100;

export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size >= MOST_KEPT) this.statements.delete(this.statements.keys().next().value ?? '');
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
