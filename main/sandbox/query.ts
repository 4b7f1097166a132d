/**
 * Query strings the way Telnyx's deepObject parameters arrive: `filter[to][eq]=%2B1202…`, sent
 * by the SDK with raw brackets and by other clients with percent-encoded ones
 * (`filter%5Bto%5D%5Beq%5D=…`). Keys and values are decoded with form rules (`+` is a space,
 * `%2B` is a plus), so both spellings land on the same key, e.g. `filter[to][eq]`.
 */
import { badRequest } from './api-error';

/** `name[]` (the spec's own spelling) or `name[0]`, `name[1]`… (qs's default for arrays). */
function isListEntryOf(name: string, key: string): boolean {
  return key.startsWith(`${name}[`) && /^\[\d*\]$/.test(key.slice(name.length));
}

export class QueryParams {
  private readonly values = new Map<string, string>();

  /** Every pair in the order sent, for parameters that may repeat. */
  private constructor(private readonly pairs: readonly (readonly [string, string])[]) {
    // A repeated single-valued key keeps its last value, as most Rails/Phoenix-style parsers do.
    for (const [key, value] of pairs) this.values.set(key, value);
  }

  static parse(rawQuery: string): QueryParams {
    const pairs: [string, string][] = [];
    for (const pair of rawQuery.split('&')) {
      if (pair === '') continue;
      const equals = pair.indexOf('=');
      const rawKey = equals === -1 ? pair : pair.slice(0, equals);
      const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
      pairs.push([decodeComponent(rawKey), decodeComponent(rawValue)]);
    }
    return new QueryParams(pairs);
  }

  get(key: string): string | undefined {
    return this.values.get(key);
  }

  /**
   * Every value of an array parameter such as `filter[content_type]`, however the client spelled
   * the array: the spec's `filter[content_type][]=a&filter[content_type][]=b`, indexed
   * `…[0]=a&…[1]=b`, or the official SDK's comma-joined `filter[content_type]=a,b`. Values are
   * split on commas in every spelling (an item that needs a comma cannot be sent by the SDK
   * anyway) and empty items are dropped; an empty list means the parameter was not used.
   */
  list(name: string): string[] {
    return this.pairs
      .filter(([key]) => key === name || isListEntryOf(name, key))
      .flatMap(([, value]) => value.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /**
   * A phone-number filter value. A client that forgot to encode `+` sends `+1202…`, which form
   * rules turn into ` 1202…`; Telnyx clients normally send `%2B`. Be lenient and read it as `+`.
   */
  phoneNumber(key: string): string | undefined {
    const value = this.values.get(key);
    if (value === undefined) return undefined;
    return /^ \d+$/.test(value) ? `+${value.slice(1)}` : value;
  }

  /** A strictly positive integer parameter, or undefined when absent; 400 when present but malformed. */
  positiveInteger(key: string, max: number): number | undefined {
    const value = this.values.get(key);
    if (value === undefined) return undefined;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > max) {
      throw badRequest(`The '${key}' parameter must be an integer between 1 and ${max}.`, { parameter: key });
    }
    return n;
  }

  /** An ISO 8601 date-time parameter as epoch milliseconds; 400 when it does not parse. */
  dateTime(key: string): number | undefined {
    const value = this.values.get(key);
    if (value === undefined) return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(ms)) {
      throw badRequest(`The '${key}' parameter must be an ISO 8601 date-time.`, { parameter: key });
    }
    return ms;
  }
}

function decodeComponent(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw badRequest('The query string is not valid percent-encoding.', { parameter: raw });
  }
}
