/**
 * Typed reading of a JSON request object for the account endpoints (fax applications, phone
 * numbers): each getter returns the value when it has the type the spec declares, undefined
 * when it is absent, and otherwise records a "422" entry pointing at the field, so a request
 * with several mistakes hears about all of them at once. JSON null is only accepted where the
 * caller asks `isNull()` first, i.e. where the spec's type includes null.
 */
import type { ErrorObject } from './api-error';
import { invalidField } from './api-error';

export class JsonFields {
  constructor(
    private readonly values: Readonly<Record<string, unknown>>,
    readonly errors: ErrorObject[],
    /** The JSON pointer of this object inside the body: '' at the top, '/inbound' inside it. */
    private readonly base = '',
  ) {}

  pointer(key: string): string {
    return `${this.base}/${key}`;
  }

  has(key: string): boolean {
    return this.values[key] !== undefined;
  }

  isNull(key: string): boolean {
    return this.values[key] === null;
  }

  /** Records a problem with `key`; `detail` says what the field must be. */
  refuse(key: string, detail: string): undefined {
    this.errors.push(invalidField(this.pointer(key), detail));
    return undefined;
  }

  string(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    return typeof value === 'string' ? value : this.refuse(key, `'${key}' must be a string.`);
  }

  boolean(key: string): boolean | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    return typeof value === 'boolean' ? value : this.refuse(key, `'${key}' must be true or false.`);
  }

  integer(key: string, min: number, max: number): number | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    return this.refuse(key, `'${key}' must be an integer ${range}.`);
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.refuse(key, `'${key}' must be one of: ${allowed.join(', ')}.`);
  }

  stringList(key: string): string[] | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value];
    return this.refuse(key, `'${key}' must be a list of strings.`);
  }

  /** A nested object's fields, read with pointers under `key`. */
  object(key: string): JsonFields | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return new JsonFields(value as Record<string, unknown>, this.errors, this.pointer(key));
    }
    return this.refuse(key, `'${key}' must be an object.`);
  }
}
