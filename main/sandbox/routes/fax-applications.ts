/**
 * `/v2/fax_applications`: the account's fax applications, whose id is the `connection_id` a fax
 * is sent with. List, retrieve, create (201), update and delete (200 with the deleted
 * application), with the spec's validation (fax-application-request.ts). An application that
 * phone numbers are assigned to cannot be deleted — the spec's "Deletion may be prevented if the
 * application is in use by phone numbers" — which answers the 400 the operation declares.
 */
import { badRequest, invalidField, notFound, unprocessable } from '../api-error';
import { newConnectionId } from '../connections';
import { newFaxApplication, validateFaxApplication, withSettings } from '../fax-application-request';
import { paginate } from '../pagination';
import { readParsedBody } from '../request-body';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import { isoTime } from '../scheduler';
import type { FaxApplicationResource } from '../seed';

/**
 * Telnyx documents no limit; the sandbox keeps at most this many applications (the seeded one
 * included), so a client creating them in a loop cannot grow its memory without end.
 */
export const MAX_FAX_APPLICATIONS = 100;

type Order = (a: FaxApplicationResource, b: FaxApplicationResource) => number;

const SORTS: Record<string, Order> = {
  created_at: (a, b) => a.created_at.localeCompare(b.created_at),
  application_name: (a, b) => a.application_name.localeCompare(b.application_name),
  active: (a, b) => Number(a.active) - Number(b.active),
};

/** The spec's `sort`: a field, ascending, or `-field` descending; without one, newest first. */
function sorted(apps: readonly FaxApplicationResource[], sort: string | undefined): FaxApplicationResource[] {
  const descending = sort === undefined || sort.startsWith('-');
  const field = sort === undefined ? 'created_at' : sort.replace(/^-/, '');
  const order = SORTS[field];
  if (!order) {
    throw badRequest(`'sort' must be one of ${Object.keys(SORTS).join(', ')}, optionally preceded by '-'.`, {
      parameter: 'sort',
    });
  }
  // Array#sort is stable: reversing first keeps ties newest first in descending order.
  return descending ? [...apps].reverse().sort((a, b) => order(b, a)) : [...apps].sort(order);
}

function listFaxApplications(request: RouteRequest, context: SandboxContext): ApiResponse {
  // The spec asks for at least three characters; the sandbox matches shorter needles too.
  const contains = request.query.get('filter[application_name][contains]')?.toLowerCase();
  const profile = request.query.get('filter[outbound_voice_profile_id]');
  const apps = context.store.faxApplications.filter(
    (app) =>
      (contains === undefined || app.application_name.toLowerCase().includes(contains)) &&
      (profile === undefined || app.outbound.outbound_voice_profile_id === profile),
  );
  const page = paginate(sorted(apps, request.query.get('sort')), request.query);
  return { status: 200, json: { data: page.data.map((app) => structuredClone(app)), meta: page.meta } };
}

function appIndex(request: RouteRequest, context: SandboxContext): number {
  const index = context.store.faxApplications.findIndex((a) => a.id === request.params.id);
  if (index === -1) throw notFound();
  return index;
}

function getFaxApplication(request: RouteRequest, context: SandboxContext): ApiResponse {
  const app = context.store.faxApplications[appIndex(request, context)];
  return { status: 200, json: { data: structuredClone(app) } };
}

async function createFaxApplication(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const settings = validateFaxApplication(await readParsedBody(request.raw, '/'), context.store);
  if (context.store.faxApplications.length >= MAX_FAX_APPLICATIONS) {
    throw unprocessable([
      invalidField(
        '/',
        `This sandbox account already has ${MAX_FAX_APPLICATIONS} fax applications, the most it keeps; ` +
          'delete one (DELETE /fax_applications/{id}) before creating another.',
      ),
    ]);
  }
  const app = newFaxApplication(newConnectionId(context.store), settings, isoTime(context.now()));
  context.store.faxApplications.push(app);
  return { status: 201, json: { data: structuredClone(app) } };
}

async function updateFaxApplication(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const index = appIndex(request, context);
  const { store } = context;
  const current = store.faxApplications[index] as FaxApplicationResource;
  const settings = validateFaxApplication(await readParsedBody(request.raw, '/'), store, current.id);
  const app = withSettings(current, settings, isoTime(context.now()));
  store.faxApplications[index] = app;
  // A number shows the name of the connection it is assigned to.
  for (const number of store.phoneNumbers) {
    if (number.connection_id === app.id) number.connection_name = app.application_name;
  }
  return { status: 200, json: { data: structuredClone(app) } };
}

function deleteFaxApplication(request: RouteRequest, context: SandboxContext): ApiResponse {
  const index = appIndex(request, context);
  const { store } = context;
  const app = store.faxApplications[index] as FaxApplicationResource;
  const inUse = store.phoneNumbers.filter((n) => n.connection_id === app.id).map((n) => n.phone_number);
  if (inUse.length > 0) {
    throw badRequest(
      `The fax application is in use by ${inUse.join(', ')}: assign ${inUse.length === 1 ? 'that number' : 'those numbers'} ` +
        'to another connection (PATCH /phone_numbers/{id}) before deleting it.',
      { parameter: 'id' },
    );
  }
  store.faxApplications.splice(index, 1);
  return { status: 200, json: { data: structuredClone(app) } };
}

export const faxApplicationRoutes: Route[] = [
  { pattern: '/v2/fax_applications', methods: { GET: listFaxApplications, POST: createFaxApplication } },
  {
    pattern: '/v2/fax_applications/:id',
    methods: { GET: getFaxApplication, PATCH: updateFaxApplication, DELETE: deleteFaxApplication },
  },
];
