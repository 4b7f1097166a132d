/**
 * The account a fax client sets itself up with: its fax applications (whose id is the
 * `connection_id` to send with) and its phone numbers (the `from` candidates), each in its own
 * route file. Starts as the fixed account of seed.ts; clients may create, change and delete
 * applications and assign numbers to them, as on Telnyx.
 */
import type { Route } from '../router';
import { faxApplicationRoutes } from './fax-applications';
import { phoneNumberRoutes } from './phone-numbers';

export const accountRoutes: Route[] = [...faxApplicationRoutes, ...phoneNumberRoutes];
