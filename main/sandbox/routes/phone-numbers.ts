/**
 * `/v2/phone_numbers`: the account's numbers, the `from` candidates of a fax client. List (with
 * the filters a client uses), retrieve, and update — assigning a number to a fax application
 * with `connection_id`, as the spec's CreateFaxApplication text says to ("assign phone numbers
 * to your application using the /phone_numbers endpoint").
 */
import { badRequest, notFound } from '../api-error';
import { paginate } from '../pagination';
import { validatePhoneNumberUpdate, withChanges } from '../phone-number-request';
import { readParsedBody } from '../request-body';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import { isoTime } from '../scheduler';
import type { PhoneNumberResource } from '../seed';

/**
 * `filter[phone_number]` per the spec: at least three digits, matched anywhere in the number;
 * anything but digits (after an optional leading +) matches nothing.
 */
function phoneNumberMatcher(value: string | undefined): (n: PhoneNumberResource) => boolean {
  if (value === undefined) return () => true;
  const digits = value.replace(/^\+/, '');
  if (!/^\d*$/.test(digits)) return () => false;
  if (digits.length < 3) {
    throw badRequest("'filter[phone_number]' requires at least three digits.", { parameter: 'filter[phone_number]' });
  }
  return (n) => n.phone_number.includes(digits);
}

const NUMBER_SORTS: Record<string, (a: PhoneNumberResource, b: PhoneNumberResource) => number> = {
  purchased_at: (a, b) => a.purchased_at.localeCompare(b.purchased_at),
  phone_number: (a, b) => a.phone_number.localeCompare(b.phone_number),
  connection_name: (a, b) => (a.connection_name ?? '').localeCompare(b.connection_name ?? ''),
};

function listPhoneNumbers(request: RouteRequest, context: SandboxContext): ApiResponse {
  const q = request.query;
  const connectionId = q.get('filter[connection_id]');
  const status = q.get('filter[status]');
  const matchesNumber = phoneNumberMatcher(q.phoneNumber('filter[phone_number]'));
  const sort = NUMBER_SORTS[q.get('sort') ?? ''];
  const numbers = context.store.phoneNumbers
    .filter(
      (n) =>
        (connectionId === undefined || n.connection_id === connectionId) &&
        (status === undefined || n.status === status) &&
        matchesNumber(n),
    )
    // Default order per the spec: created_at, newest first.
    .sort(sort ?? ((a, b) => b.created_at.localeCompare(a.created_at)));
  const page = paginate(numbers, q);
  return { status: 200, json: { data: page.data.map((n) => structuredClone(n)), meta: page.meta } };
}

function numberIndex(request: RouteRequest, context: SandboxContext): number {
  const index = context.store.phoneNumbers.findIndex((n) => n.id === request.params.id);
  if (index === -1) throw notFound();
  return index;
}

function getPhoneNumber(request: RouteRequest, context: SandboxContext): ApiResponse {
  return { status: 200, json: { data: structuredClone(context.store.phoneNumbers[numberIndex(request, context)]) } };
}

async function updatePhoneNumber(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const index = numberIndex(request, context);
  const changes = validatePhoneNumberUpdate(await readParsedBody(request.raw, '/'), context.store);
  const number = withChanges(context.store.phoneNumbers[index] as PhoneNumberResource, changes, isoTime(context.now()));
  context.store.phoneNumbers[index] = number;
  return { status: 200, json: { data: structuredClone(number) } };
}

export const phoneNumberRoutes: Route[] = [
  { pattern: '/v2/phone_numbers', methods: { GET: listPhoneNumbers } },
  { pattern: '/v2/phone_numbers/:id', methods: { GET: getPhoneNumber, PATCH: updatePhoneNumber } },
];
