/**
 * What POST /fax_applications and PATCH /fax_applications/{id} ask for, validated against the
 * spec's CreateFaxApplicationRequest / UpdateFaxApplicationRequest: both require
 * `application_name` and `webhook_event_url` (10004 when missing), URLs must be http(s) (10003),
 * a SIP subdomain is one DNS label no other application uses (10012), anything else of the wrong
 * type or out of range is a "422" — all reported at once, each with `source.pointer`.
 *
 * An update changes only what it names (nested `inbound` / `outbound` settings one by one); a
 * JSON null clears a setting whose type allows null, and for the plain-typed optional settings
 * (channel limits, SIP subdomain, outbound voice profile) it removes them from the resource.
 */
import type { ErrorObject } from './api-error';
import { errorObject, missingField, unprocessable } from './api-error';
import { invalidUrl, isHttpUrl } from './http-url';
import { JsonFields } from './json-fields';
import type { ParsedBody } from './request-body';
import { jsonObjectOf } from './request-body';
import type { FaxApplicationResource } from './seed';
import type { SandboxStore } from './store';

/** The spec's AnchorsiteOverride enum. */
export const ANCHORSITES = [
  'Latency',
  'Chicago, IL',
  'Ashburn, VA',
  'San Jose, CA',
  'Sydney, Australia',
  'Amsterdam, Netherlands',
  'London, UK',
  'Toronto, Canada',
  'Vancouver, Canada',
  'Frankfurt, Germany',
] as const;
const RECEIVE_SETTINGS = ['only_my_connections', 'from_anyone'] as const;
/** `<subdomain>.sip.telnyx.com`: one DNS label. */
const SIP_SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_CHANNELS = 100_000;

/** A setting and whether it is being changed: undefined = untouched, null = cleared. */
type Change<T> = T | null | undefined;

export interface FaxApplicationSettings {
  application_name: string;
  webhook_event_url: string;
  active?: boolean;
  anchorsite_override?: string;
  webhook_event_failover_url?: string | null;
  webhook_timeout_secs?: number | null;
  tags?: string[];
  inbound?: {
    channel_limit?: Change<number>;
    sip_subdomain?: Change<string>;
    sip_subdomain_receive_settings?: string;
  };
  outbound?: { channel_limit?: Change<number>; outbound_voice_profile_id?: Change<string> };
}

function requiredString(fields: JsonFields, key: string): string | undefined {
  if (!fields.has(key) || fields.isNull(key)) {
    fields.errors.push(missingField(fields.pointer(key)));
    return undefined;
  }
  const value = fields.string(key);
  if (value?.trim() === '') fields.errors.push(missingField(fields.pointer(key)));
  return value?.trim() === '' ? undefined : value;
}

function checkedUrl(fields: JsonFields, key: string, value: string | undefined): string | undefined {
  if (value === undefined || isHttpUrl(value)) return value;
  fields.errors.push(invalidUrl(fields.pointer(key)));
  return undefined;
}

/** A plain-typed optional setting that null (or '') removes. */
function clearable<T>(fields: JsonFields, key: string, read: () => T | undefined): Change<T> {
  if (fields.isNull(key)) return null;
  const value = read();
  return value === '' ? null : value;
}

function channelLimit(fields: JsonFields): Change<number> {
  return clearable(fields, 'channel_limit', () => fields.integer('channel_limit', 1, MAX_CHANNELS));
}

function inboundSettings(
  fields: JsonFields,
  store: SandboxStore,
  updating: string | undefined,
): FaxApplicationSettings['inbound'] {
  const subdomain = clearable(fields, 'sip_subdomain', () => fields.string('sip_subdomain'));
  if (typeof subdomain === 'string') {
    if (!SIP_SUBDOMAIN.test(subdomain)) {
      fields.refuse('sip_subdomain', "'sip_subdomain' must be letters, digits and inner hyphens, at most 63.");
    } else if (
      store.faxApplications.some(
        (app) => app.id !== updating && app.inbound.sip_subdomain?.toLowerCase() === subdomain.toLowerCase(),
      )
    ) {
      fields.errors.push(
        errorObject('10012', 'Duplicate resource', `The SIP subdomain '${subdomain}' is already in use.`, {
          pointer: fields.pointer('sip_subdomain'),
        }),
      );
    }
  }
  return {
    channel_limit: channelLimit(fields),
    sip_subdomain: subdomain,
    sip_subdomain_receive_settings: fields.oneOf('sip_subdomain_receive_settings', RECEIVE_SETTINGS),
  };
}

/**
 * Validates a create (`updating` undefined) or an update of the application with id `updating`.
 * Throws the 422 with every problem found.
 */
export function validateFaxApplication(
  body: ParsedBody,
  store: SandboxStore,
  updating?: string,
): FaxApplicationSettings {
  const errors: ErrorObject[] = [];
  const fields = new JsonFields(
    jsonObjectOf(body, 'The request has no body: send application_name and webhook_event_url as JSON.'),
    errors,
  );
  const applicationName = requiredString(fields, 'application_name');
  const webhookUrl = checkedUrl(fields, 'webhook_event_url', requiredString(fields, 'webhook_event_url'));
  // '' is how the spec spells "no failover" (its default), like null.
  const failover = clearable(fields, 'webhook_event_failover_url', () => fields.string('webhook_event_failover_url'));
  const settings: Partial<FaxApplicationSettings> = {
    active: fields.boolean('active'),
    anchorsite_override: fields.oneOf('anchorsite_override', ANCHORSITES),
    webhook_event_failover_url:
      typeof failover === 'string' ? checkedUrl(fields, 'webhook_event_failover_url', failover) : failover,
    webhook_timeout_secs: fields.isNull('webhook_timeout_secs') ? null : fields.integer('webhook_timeout_secs', 0, 30),
    tags: fields.stringList('tags'),
  };
  const inbound = fields.object('inbound');
  if (inbound) settings.inbound = inboundSettings(inbound, store, updating);
  const outbound = fields.object('outbound');
  if (outbound) {
    settings.outbound = {
      channel_limit: channelLimit(outbound),
      outbound_voice_profile_id: clearable(outbound, 'outbound_voice_profile_id', () =>
        outbound.string('outbound_voice_profile_id'),
      ),
    };
  }
  // Only the update request declares it; the resource does not show it and the sandbox sends no email.
  const email =
    updating === undefined || fields.isNull('fax_email_recipient') ? undefined : fields.string('fax_email_recipient');
  if (email !== undefined && !EMAIL.test(email)) {
    fields.refuse('fax_email_recipient', "'fax_email_recipient' must be an email address.");
  }
  if (errors.length > 0 || applicationName === undefined || webhookUrl === undefined) throw unprocessable(errors);
  return { ...settings, application_name: applicationName, webhook_event_url: webhookUrl };
}

function applyChanges(target: Record<string, unknown>, changes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete target[key];
    else if (value !== undefined) target[key] = value;
  }
}

/** `app` with `settings` applied, as a new object stamped `updated_at`. */
export function withSettings(
  app: FaxApplicationResource,
  settings: FaxApplicationSettings,
  updatedAt: string,
): FaxApplicationResource {
  const { inbound, outbound, webhook_event_failover_url, webhook_timeout_secs, ...plain } = settings;
  const next = structuredClone(app);
  applyChanges(next as unknown as Record<string, unknown>, plain);
  // These two are nullable in the spec: null is a value to show, not a field to drop.
  if (webhook_event_failover_url !== undefined) next.webhook_event_failover_url = webhook_event_failover_url;
  if (webhook_timeout_secs !== undefined) next.webhook_timeout_secs = webhook_timeout_secs;
  if (inbound) applyChanges(next.inbound, inbound);
  if (outbound) applyChanges(next.outbound, outbound);
  next.updated_at = updatedAt;
  return next;
}

/** A new application: the spec's defaults, then `settings`. */
export function newFaxApplication(id: string, settings: FaxApplicationSettings, now: string): FaxApplicationResource {
  const defaults: FaxApplicationResource = {
    id,
    record_type: 'fax_application',
    application_name: settings.application_name,
    active: true,
    anchorsite_override: 'Latency',
    webhook_event_url: settings.webhook_event_url,
    // The spec's default is '', but it also declares `format: uri`, which '' fails; null is allowed.
    webhook_event_failover_url: null,
    webhook_timeout_secs: null,
    inbound: { sip_subdomain_receive_settings: 'from_anyone' },
    outbound: {},
    tags: [],
    created_at: now,
    updated_at: now,
  };
  return withSettings(defaults, settings, now);
}
