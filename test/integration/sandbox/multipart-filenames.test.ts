/**
 * A multipart file part must carry a filename, as Telnyx requires of `contents` ("422 'contents'
 * is invalid", API-NOTES §2.1): no filename at all, and the empty `filename=""` a nameless File
 * or an empty browser file input produces, are both refused — for the fax's `contents` and for
 * the `media` of an upload. The bodies are written out byte for byte so the header under test is
 * exactly what is sent.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from './helpers';
import { api, APP_ID, fakePdf, FROM, useSandbox } from './helpers';

const sandbox = useSandbox();
const BOUNDARY = 'faxdesk-test-boundary';

type Part = { name: string; value: string } | { name: string; disposition: string; bytes: Buffer };

function multipart(parts: readonly Part[]): { body: Buffer; headers: Record<string, string> } {
  const chunks = parts.flatMap((part) => {
    const head =
      'value' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${part.disposition}\r\n` +
          'Content-Type: application/pdf\r\n\r\n';
    return [Buffer.from(head, 'latin1'), 'value' in part ? Buffer.from(part.value) : part.bytes, Buffer.from('\r\n')];
  });
  return {
    body: Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

function post(path: string, parts: readonly Part[]) {
  const { body, headers } = multipart(parts);
  return api<ErrorBody & { data?: unknown }>(sandbox(), path, { method: 'POST', headers, body: new Uint8Array(body) });
}

const faxFields: Part[] = [
  { name: 'connection_id', value: APP_ID },
  { name: 'from', value: FROM },
  { name: 'to', value: '+12025550100' },
];

describe.each([
  ['POST /faxes contents', '/faxes', 'contents', faxFields, 202],
  ['POST /media media', '/media', 'media', [], 201],
] as const)('%s', (_, path, field, fields, created) => {
  it('is accepted with a filename', async () => {
    const result = await post(path, [
      ...fields,
      { name: field, disposition: '; filename="letter.pdf"', bytes: fakePdf(1) },
    ]);
    expect(result.status).toBe(created);
  });

  it.each([
    ['without a filename', ''],
    ['with an empty filename', '; filename=""'],
  ])('is refused %s, with a 422 naming the field', async (_, disposition) => {
    const result = await post(path, [...fields, { name: field, disposition, bytes: fakePdf(1) }]);
    expect(result.status).toBe(422);
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0]).toMatchObject({ code: '422', source: { pointer: `/${field}` } });
    expect(result.body.errors[0]?.detail).toMatch(new RegExp(`^'${field}' is invalid: .*filename`));
  });
});

it('refuses a nameless File appended by FormData, which goes out as filename=""', async () => {
  const form = new FormData();
  for (const part of faxFields) if ('value' in part) form.append(part.name, part.value);
  form.append('contents', new File([fakePdf(1)], '', { type: 'application/pdf' }));
  const result = await api<ErrorBody>(sandbox(), '/faxes', { method: 'POST', body: form });
  expect(result.status).toBe(422);
  expect(result.body.errors[0]?.source).toEqual({ pointer: '/contents' });
});
