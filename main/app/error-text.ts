/**
 * Errors as text for the log and for the technical detail a start-up problem shows. Free of
 * Electron and of the engine, so the log can use it before anything else has started.
 */
import { inspect } from 'node:util';

/**
 * An error and its causes, one per line: name, code and message, and the stack when asked
 * (for the log). Anything that looks like a Telnyx key is hidden, in case a message ever
 * quoted one.
 */
export function describeError(error: unknown, options: { stack?: boolean } = {}): string {
  const lines: string[] = [];
  const seen = new Set<unknown>();
  let current = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null && !seen.has(current); depth++) {
    seen.add(current);
    const prefix = depth === 0 ? '' : 'Caused by: ';
    if (!(current instanceof Error)) {
      lines.push(`${prefix}${typeof current === 'string' ? current : inspect(current, { depth: 2 })}`);
      break;
    }
    const code = (current as { code?: unknown }).code;
    lines.push(`${prefix}${current.name}${typeof code === 'string' ? ` (${code})` : ''}: ${current.message}`);
    const technical = (current as { technicalDetail?: unknown }).technicalDetail;
    if (typeof technical === 'string' && technical) lines.push(technical);
    if (options.stack && current.stack) {
      lines.push(...current.stack.split('\n').filter((line) => /^\s+at /.test(line)));
    }
    current = current.cause;
  }
  return redact(lines.join('\n'));
}

export function redact(text: string): string {
  return text.replace(/\bKEY[0-9A-Za-z_-]{8,}/g, 'KEY…(hidden)').replace(/\b(Bearer|Basic) [^\s'"]+/g, '$1 …(hidden)');
}
