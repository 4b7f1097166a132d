/** Reading recorded HTTP messages: headers by any case, media types, and bodies as the peer meant them. */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export interface MediaType {
  /** Lower-case type/subtype without parameters, e.g. 'multipart/form-data'. */
  readonly essence: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export function parseMediaType(contentType: string): MediaType {
  const [essence = '', ...rest] = contentType.split(';');
  const parameters: Record<string, string> = {};
  for (const parameter of rest) {
    const eq = parameter.indexOf('=');
    if (eq < 0) continue;
    const value = parameter.slice(eq + 1).trim();
    parameters[parameter.slice(0, eq).trim().toLowerCase()] =
      value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
  }
  return { essence: essence.trim().toLowerCase(), parameters };
}

export function isJsonMediaType(essence: string): boolean {
  return essence === 'application/json' || essence.endsWith('+json');
}

/** Whether a media-type key of an OpenAPI `content` map (which may be a range like `image/*`) covers `essence`. */
export function mediaRangeCovers(range: string, essence: string): boolean {
  const declared = parseMediaType(range).essence;
  if (declared === '*/*' || declared === essence) return true;
  return declared.endsWith('/*') && essence.startsWith(declared.slice(0, -1));
}

/** The body with its Content-Encoding undone (a proxy records the bytes on the wire, gzip and all). */
export function decodedBody(body: Buffer, contentEncoding: string | undefined): Buffer {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings.reduceRight((bytes, coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(bytes);
    if (coding === 'br') return brotliDecompressSync(bytes);
    if (coding === 'deflate') {
      // 'deflate' is meant to be zlib-wrapped, but servers have long sent raw deflate too.
      try {
        return inflateSync(bytes);
      } catch {
        return inflateRawSync(bytes);
      }
    }
    throw new Error(`unsupported Content-Encoding '${coding}'`);
  }, body);
}
