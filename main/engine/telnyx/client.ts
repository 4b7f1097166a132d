/**
 * The Telnyx API as Faxdesk uses it: the official SDK, configured, behind a narrow interface
 * that returns our own shapes and throws only TelnyxApiError (or, for a bug in our own code,
 * the bug as it is). Every call's outcome — Telnyx answered, could not be reached, asked for a
 * pause — goes to one listener (call-outcome.ts).
 *
 * Two SDK instances share one configuration: reads may be retried by the SDK, but anything
 * that creates something (a fax above all) goes through `writes`, which never retries —
 * POST /v2/faxes has no idempotency key, so a retried create could fax someone twice
 * (DESIGN.md §3). The outbox decides what to do after an ambiguous failure instead.
 */
import Telnyx, { toFile, type ClientOptions } from 'telnyx';
import type { FaxCreateParams, FaxListParams } from 'telnyx/resources/faxes/faxes';
import type { MediaUploadParams } from 'telnyx/resources/media';
import type { TelnyxCredentials } from '../secrets/secret-store';
import { dateObservingFetch } from './date-observing-fetch';
import { outcomeOfFailure, type CallOutcomeListener } from './call-outcome';
import { telnyxApiErrorFrom } from './errors';
import type { DateObserver } from './server-clock';
import { shortRetryFetch } from './short-retry-fetch';
import { toFaxApplication, toPhoneNumber, type FaxApplication, type PhoneNumber, type TelnyxFax } from './shapes';

export const TELNYX_API_BASE = 'https://api.telnyx.com/v2';

export interface TelnyxClientOptions {
  credentials: TelnyxCredentials;
  /** Used exactly like the SDK's baseURL: `/faxes` is appended to it. */
  baseURL: string;
  timeoutMs?: number;
  /** Retries for safe reads only. */
  readRetries?: number;
  /** Page size for listing; small values are for tests that exercise paging. */
  pageSize?: number;
  /** Hears the Date header of every answer: how the engine knows Telnyx's time (server-clock.ts). */
  dateObserver?: DateObserver;
  /** Hears the outcome of every call: how the engine knows whether Telnyx can be reached. */
  onOutcome?: CallOutcomeListener;
}

export type SendFaxParams = Pick<
  FaxCreateParams,
  'connection_id' | 'from' | 'to' | 'quality' | 'client_state' | 'media_name' | 'from_display_name'
>;

export type ListFaxesFilter = NonNullable<FaxListParams['filter']>;

/** Auth headers for both credential kinds; nothing is read from the environment behind our back. */
function authOptions(credentials: TelnyxCredentials): ClientOptions {
  const noEnvironment = { clientID: null, clientSecret: null, publicKey: null };
  if (credentials.kind === 'api_key') return { ...noEnvironment, apiKey: credentials.apiKey };
  const basic = Buffer.from(`${credentials.keyId}:${credentials.secret}`, 'utf8').toString('base64');
  return { ...noEnvironment, apiKey: null, defaultHeaders: { Authorization: `Basic ${basic}` } };
}

export function createTelnyxClient(options: TelnyxClientOptions) {
  const common: ClientOptions = {
    ...authOptions(options.credentials),
    baseURL: options.baseURL.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? 30_000,
    logLevel: 'off',
  };
  const observer = options.dateObserver;
  const observed = (fetchImpl: typeof fetch) => (observer ? dateObservingFetch(observer, fetchImpl) : fetchImpl);
  const reads = new Telnyx({ ...common, maxRetries: options.readRetries ?? 2, fetch: observed(shortRetryFetch()) });
  const writes = new Telnyx({ ...common, maxRetries: 0, fetch: observed(fetch) });
  const pageSize = options.pageSize ?? 250;

  const report: CallOutcomeListener = options.onOutcome ?? (() => undefined);
  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    let result: T;
    try {
      result = await request();
    } catch (error) {
      const failure = telnyxApiErrorFrom(error);
      // Not from the SDK: a bug in our own code, let through unchanged, with nothing to say about Telnyx.
      if (!failure) throw error;
      const outcome = outcomeOfFailure(failure);
      if (outcome) report(outcome);
      throw failure;
    }
    report({ kind: 'reached' });
    return result;
  };

  /** Every page of a list, following meta.total_pages. */
  const all = <T, R>(pages: () => AsyncIterable<T>, map: (item: T) => R): Promise<R[]> =>
    call(async () => {
      const items: R[] = [];
      for await (const item of pages()) items.push(map(item));
      return items;
    });

  return {
    /** A cheap authenticated read: proves the credentials work without changing anything. */
    verifyCredentials: () => call(() => reads.faxApplications.list({ 'page[size]': 1 })).then(() => undefined),

    listFaxApplications: (): Promise<FaxApplication[]> =>
      all(() => reads.faxApplications.list({ 'page[size]': pageSize }), toFaxApplication),

    listPhoneNumbers: (filter: { connectionId?: string; status?: 'active' }): Promise<PhoneNumber[]> =>
      all(
        () =>
          reads.phoneNumbers.list({
            'page[size]': pageSize,
            filter: { connection_id: filter.connectionId, status: filter.status },
          }),
        toPhoneNumber,
      ),

    uploadMedia: (bytes: Uint8Array, name: string, ttlSecs: number) =>
      call(async () => {
        // The typed SDK only knows media_url; an Uploadable makes it send multipart (API-NOTES §10).
        const media = await toFile(bytes, `${name}.pdf`, { type: 'application/pdf' });
        const body = { media, media_name: name, ttl_secs: ttlSecs } as unknown as MediaUploadParams;
        const response = await writes.media.upload(body);
        return response.data?.media_name ?? name;
      }),

    /** Aborting (`signal`) lets Faxdesk quit without waiting for Telnyx's answer. */
    deleteMedia: (name: string, options: { signal?: AbortSignal } = {}) =>
      call(() => writes.media.delete(name, options)),

    sendFax: (params: SendFaxParams): Promise<TelnyxFax> =>
      call(async () => (await writes.faxes.create(params)).data ?? {}),

    retrieveFax: (id: string): Promise<TelnyxFax> => call(async () => (await reads.faxes.retrieve(id)).data ?? {}),

    /** One page of faxes (newest first), with the total page count. */
    listFaxes: (filter: ListFaxesFilter, page: number, size = pageSize) =>
      call(async () => {
        const result = await reads.faxes.list({ filter, 'page[number]': page, 'page[size]': size });
        return { faxes: result.data, totalPages: result.meta?.total_pages ?? 1 };
      }),

    cancelFax: (id: string) => call(() => writes.faxes.actions.cancel(id)).then(() => undefined),

    /** A received fax's media_url anew, when the one Telnyx gave has expired. */
    refreshFax: (id: string) => call(() => writes.faxes.actions.refresh(id)).then(() => undefined),

    /** Deletes a fax (and its document) from Telnyx: for received faxes Faxdesk has archived. */
    deleteFax: (id: string) => call(() => writes.faxes.delete(id)),

    /** The API base requests go to: a received document's link is judged against it. */
    apiBase: common.baseURL ?? options.baseURL,
  };
}

export type TelnyxClient = ReturnType<typeof createTelnyxClient>;
