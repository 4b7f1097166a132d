/**
 * Shared helpers for the sandbox tests: a started sandbox per test file, a tiny fetch wrapper
 * that authenticates, a fax sender and a poller. Everything goes over real HTTP.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Sandbox, SandboxFax, SandboxOptions } from '../../../main/sandbox';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, startSandbox } from '../../../main/sandbox';

export const APP_ID = SANDBOX_FAX_APP_ID;
export const FROM = '+12025550180';
export const AUTH = { authorization: `Bearer ${SANDBOX_KEYS.accepted}` };
export const STEP_MS = 20;

/** Starts one sandbox for the test file and closes it afterwards. */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ stepMs: STEP_MS, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
}

export interface ErrorBody {
  errors: {
    code: string;
    title: string;
    detail: string;
    source?: { pointer?: string; parameter?: string };
    meta?: { url: string };
  }[];
}
export interface DataBody<T> {
  data: T;
}
export interface ListBody<T> {
  data: T[];
  meta: { page_number: number; page_size: number; total_pages: number; total_results: number };
}

export interface ApiResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A request with the accepted key; parses JSON answers, leaves others as text. */
export async function api<T = unknown>(sandbox: Sandbox, path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  const headers = { ...AUTH, ...(init.headers as Record<string, string> | undefined) };
  const response = await fetch(`${sandbox.baseUrl}${path}`, { ...init, headers });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return { status: response.status, headers: response.headers, body: (isJson ? JSON.parse(text) : text) as T };
}

export function postJson<T = unknown>(sandbox: Sandbox, path: string, body: unknown): Promise<ApiResult<T>> {
  return api<T>(sandbox, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A small PDF with `pages` page objects (content is irrelevant to the sandbox). */
export function fakePdf(pages: number): Buffer {
  const objects = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n`);
  return Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count ${pages} >>\nendobj\n${objects.join('')}%%EOF\n`,
    'latin1',
  );
}

/** Sends a fax by uploading nothing: a `media_url` document is assumed to be one readable page. */
export async function sendFax(
  sandbox: Sandbox,
  to: string,
  extra: Record<string, unknown> = {},
): Promise<SandboxFax & { id: string }> {
  const result = await postJson<{ data: SandboxFax }>(sandbox, '/faxes', {
    connection_id: APP_ID,
    from: FROM,
    to,
    media_url: 'https://example.com/letter.pdf',
    ...extra,
  });
  if (result.status !== 202) throw new Error(`send failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.data;
}

const FINAL = new Set(['delivered', 'failed', 'received']);

/**
 * Polls GET /faxes/{id} until the fax is final, recording every distinct status seen, in
 * order, so tests can check the sequence as a client would observe it.
 */
export async function pollUntilFinal(
  sandbox: Sandbox,
  id: string,
  timeoutMs = 5000,
): Promise<{ fax: SandboxFax; seen: string[] }> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await api<{ data: SandboxFax }>(sandbox, `/faxes/${id}`);
    if (status !== 200) throw new Error(`GET /faxes/${id} answered ${status}`);
    const fax = body.data;
    if (seen.at(-1) !== fax.status) seen.push(fax.status);
    if (FINAL.has(fax.status)) return { fax, seen };
    if (Date.now() > deadline) throw new Error(`fax ${id} still ${fax.status} after ${timeoutMs} ms`);
    await sleep(3);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
