/**
 * Our own view of the Telnyx records Faxdesk needs, so the rest of the engine does not
 * depend on the SDK's (all-optional) generated types.
 */
import type { FaxApplication as SdkFaxApplication } from 'telnyx/resources/fax-applications';
import type { Fax } from 'telnyx/resources/faxes/faxes';
import type { PhoneNumberDetailed } from 'telnyx/resources/phone-numbers/phone-numbers';

export type TelnyxFax = Fax & { page_count?: number };

export interface FaxApplication {
  id: string;
  name: string;
  active: boolean;
}

export interface PhoneNumber {
  id: string;
  phoneNumber: string;
  status: string;
  connectionId: string | null;
}

export function toFaxApplication(app: SdkFaxApplication): FaxApplication {
  return {
    id: app.id ?? '',
    name: app.application_name ?? `Fax application ${app.id ?? ''}`,
    active: app.active ?? true,
  };
}

export function toPhoneNumber(number: PhoneNumberDetailed): PhoneNumber {
  return {
    id: number.id ?? '',
    phoneNumber: number.phone_number ?? '',
    status: number.status ?? 'unknown',
    connectionId: number.connection_id ?? null,
  };
}
