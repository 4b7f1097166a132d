/**
 * A synchronous multipart/form-data reader (RFC 7578), so that checking a recorded exchange
 * stays a plain function call. It reads what the checker needs: each part's field name,
 * filename, content type and bytes.
 */

export interface FormPart {
  readonly name: string;
  /** Present when the part was sent as a file (Content-Disposition carries a filename). */
  readonly filename?: string;
  readonly contentType?: string;
  readonly content: Buffer;
}

export type MultipartReading =
  { readonly ok: true; readonly parts: FormPart[] } | { readonly ok: false; readonly reason: string };

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** Parameters of a Content-Disposition header; `filename*` (RFC 5987) wins over `filename`. */
function dispositionParameters(header: string): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const match of header.matchAll(/;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const [, key = '', raw = ''] = match;
    parameters[key.toLowerCase()] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.trim();
  }
  const extended = /^[^']*'[^']*'(.*)$/.exec(parameters['filename*'] ?? '');
  if (extended?.[1] !== undefined) parameters.filename = decodeURIComponent(extended[1]);
  return parameters;
}

function readHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function readMultipartForm(body: Buffer, boundary: string): MultipartReading {
  const delimiter = Buffer.from(`--${boundary}`);
  const partEnd = Buffer.concat([CRLF, delimiter]);
  let cursor = body.indexOf(delimiter);
  if (cursor < 0) return { ok: false, reason: `the boundary '${boundary}' never occurs in the body` };
  cursor += delimiter.length;

  const parts: FormPart[] = [];
  for (;;) {
    if (body.subarray(cursor, cursor + 2).toString() === '--') return { ok: true, parts };
    // Transport padding (spaces, tabs) may sit between a delimiter and its line break.
    while (body[cursor] === 0x20 || body[cursor] === 0x09) cursor += 1;
    if (!body.subarray(cursor, cursor + 2).equals(CRLF)) {
      return { ok: false, reason: `part ${parts.length + 1} does not start on a new line after its boundary` };
    }
    const headerStart = cursor + 2;
    // A part without headers has its blank line right away.
    const headerEnd = body.subarray(headerStart, headerStart + 2).equals(CRLF)
      ? headerStart - 2
      : body.indexOf(HEADER_END, headerStart);
    if (headerEnd < 0) return { ok: false, reason: `part ${parts.length + 1} has no end to its headers` };
    const contentStart = headerEnd + HEADER_END.length;
    const contentEnd = body.indexOf(partEnd, contentStart);
    if (contentEnd < 0) return { ok: false, reason: `part ${parts.length + 1} is not closed by a boundary` };

    const headers = readHeaders(body.subarray(headerStart, Math.max(headerStart, headerEnd)).toString('utf8'));
    const disposition = headers['content-disposition'] ?? '';
    const parameters = dispositionParameters(disposition);
    if (!/^\s*form-data\s*(;|$)/i.test(disposition) || parameters.name === undefined) {
      return { ok: false, reason: `part ${parts.length + 1} has no 'Content-Disposition: form-data; name=…'` };
    }
    parts.push({
      name: parameters.name,
      ...(parameters.filename !== undefined && { filename: parameters.filename }),
      ...(headers['content-type'] !== undefined && { contentType: headers['content-type'] }),
      content: body.subarray(contentStart, contentEnd),
    });
    cursor = contentEnd + partEnd.length;
  }
}
