/**
 * What PATCH /phone_numbers/{id} asks for, validated against the spec's UpdatePhoneNumberRequest.
 * The change a fax client makes is assigning the number to a fax application (`connection_id`),
 * which must be one of the account's connections (10017 otherwise); the other settings are kept
 * as given (the sandbox has no billing groups or addresses to check them against), type-checked.
 * An empty string clears a setting the resource shows as nullable. `id` is read-only and ignored.
 */
import type { ErrorObject } from './api-error';
import { errorObject, unprocessable } from './api-error';
import type { Connection } from './connections';
import { connectionWithId } from './connections';
import { JsonFields } from './json-fields';
import type { ParsedBody } from './request-body';
import { jsonObjectOf } from './request-body';
import type { PhoneNumberResource } from './seed';
import type { SandboxStore } from './store';

export interface PhoneNumberChanges {
  connection?: Connection;
  billing_group_id?: string | null;
  customer_reference?: string | null;
  external_pin?: string | null;
  hd_voice_enabled?: boolean;
  tags?: string[];
}

const NULLABLE_TEXT = ['billing_group_id', 'customer_reference', 'external_pin'] as const;

export function validatePhoneNumberUpdate(body: ParsedBody, store: SandboxStore): PhoneNumberChanges {
  const errors: ErrorObject[] = [];
  const fields = new JsonFields(
    jsonObjectOf(body, 'The request has no body: send the settings to change as JSON.'),
    errors,
  );
  const changes: PhoneNumberChanges = {};

  const connectionId = fields.string('connection_id');
  if (connectionId !== undefined) {
    const connection = connectionWithId(store, connectionId);
    if (connection) changes.connection = connection;
    else {
      errors.push(
        errorObject(
          '10017',
          'Associated resource does not exist',
          `No connection with id '${connectionId}' exists on this account; use a fax application's id.`,
          { pointer: '/connection_id' },
        ),
      );
    }
  }
  for (const key of NULLABLE_TEXT) {
    const value = fields.string(key);
    if (value !== undefined) changes[key] = value === '' ? null : value;
  }
  // Declared by the request, absent from the resource: checked, not shown.
  fields.string('address_id');
  const hdVoice = fields.boolean('hd_voice_enabled');
  if (hdVoice !== undefined) changes.hd_voice_enabled = hdVoice;
  const tags = fields.stringList('tags');
  if (tags !== undefined) changes.tags = tags;

  if (errors.length > 0) throw unprocessable(errors);
  return changes;
}

/** `number` with `changes` applied, as a new object; `updated_at` moves only if something changed. */
export function withChanges(
  number: PhoneNumberResource,
  changes: PhoneNumberChanges,
  now: string,
): PhoneNumberResource {
  const { connection, ...settings } = changes;
  const next: PhoneNumberResource = { ...structuredClone(number), ...settings };
  if (connection) {
    next.connection_id = connection.id;
    next.connection_name = connection.name;
  }
  if (JSON.stringify(next) !== JSON.stringify(number)) next.updated_at = now;
  return next;
}
