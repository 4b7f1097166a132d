/**
 * The read side of the account a fax client needs: its fax applications (whose id is the
 * `connection_id` to send with) and its phone numbers (the `from` candidates). The sandbox
 * account is fixed (seed.ts), so only the list and retrieve operations are simulated.
 */
import { badRequest, notFound } from '../api-error';
import { paginate } from '../pagination';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import type { PhoneNumberResource } from '../seed';

function listFaxApplications(request: RouteRequest, context: SandboxContext): ApiResponse {
  // The spec asks for at least three characters; the sandbox matches shorter needles too.
  const contains = request.query.get('filter[application_name][contains]')?.toLowerCase();
  const profile = request.query.get('filter[outbound_voice_profile_id]');
  const apps = context.store.faxApplications.filter(
    (app) =>
      (contains === undefined || app.application_name.toLowerCase().includes(contains)) &&
      (profile === undefined || app.outbound.outbound_voice_profile_id === profile),
  );
  const page = paginate(apps, request.query);
  return { status: 200, json: { data: page.data.map((app) => structuredClone(app)), meta: page.meta } };
}

function getFaxApplication(request: RouteRequest, context: SandboxContext): ApiResponse {
  const app = context.store.faxApplications.find((a) => a.id === request.params.id);
  if (!app) throw notFound();
  return { status: 200, json: { data: structuredClone(app) } };
}

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

function getPhoneNumber(request: RouteRequest, context: SandboxContext): ApiResponse {
  const number = context.store.phoneNumbers.find((n) => n.id === request.params.id);
  if (!number) throw notFound();
  return { status: 200, json: { data: structuredClone(number) } };
}

export const accountRoutes: Route[] = [
  { pattern: '/v2/fax_applications', methods: { GET: listFaxApplications } },
  { pattern: '/v2/fax_applications/:id', methods: { GET: getFaxApplication } },
  { pattern: '/v2/phone_numbers', methods: { GET: listPhoneNumbers } },
  { pattern: '/v2/phone_numbers/:id', methods: { GET: getPhoneNumber } },
];
