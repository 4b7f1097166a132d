/**
 * The sandbox account: one fax application and three numbers. Two numbers are assigned to the
 * fax application (the `from` candidates a client finds with
 * `filter[connection_id]=<app id>&filter[status]=active`); the third belongs to a voice
 * connection, so a client that forgets the filter offers a number that cannot fax.
 * Numbers are in the fictional 555-01XX range. Field sets follow FaxApplication and
 * PhoneNumberDetailed in the OpenAPI excerpt.
 */

export const SANDBOX_FAX_APP_ID = '1293384261075731499';
/** The account's numbers assigned to the fax application: valid `from` numbers, and where inbound faxes arrive. */
export const SANDBOX_FAX_NUMBERS = ['+12025550180', '+12025550181'] as const;
const OUTBOUND_VOICE_PROFILE_ID = '1293384261075731500';
/** The account's one connection that is not a fax application: the third number is on it. */
export const SEED_VOICE_CONNECTION = { id: '1293384261075731777', name: 'Front Desk Voice' } as const;

/** FaxApplication as the spec shows it; settings never given are left out rather than null. */
export interface FaxApplicationResource {
  id: string;
  record_type: 'fax_application';
  application_name: string;
  active: boolean;
  anchorsite_override: string;
  webhook_event_url: string;
  webhook_event_failover_url: string | null;
  webhook_timeout_secs: number | null;
  inbound: { channel_limit?: number; sip_subdomain?: string; sip_subdomain_receive_settings: string };
  outbound: { channel_limit?: number; outbound_voice_profile_id?: string };
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface PhoneNumberResource {
  id: string;
  record_type: 'phone_number';
  phone_number: string;
  status: string;
  connection_id: string | null;
  connection_name: string | null;
  tags: string[];
  country_iso_alpha2: string;
  phone_number_type: string;
  t38_fax_gateway_enabled: boolean;
  external_pin: string | null;
  deletion_lock_enabled: boolean;
  billing_group_id: string | null;
  customer_reference: string | null;
  emergency_address_id: string | null;
  emergency_enabled: boolean;
  emergency_status: string;
  messaging_profile_id: string | null;
  messaging_profile_name: string | null;
  call_forwarding_enabled: boolean;
  call_recording_enabled: boolean;
  caller_id_name_enabled: boolean;
  cnam_listing_enabled: boolean;
  hd_voice_enabled: boolean;
  inbound_call_screening: string;
  source_type: string | null;
  activated_at: string | null;
  purchased_at: string;
  created_at: string;
  updated_at: string;
}

export function seedFaxApplications(): FaxApplicationResource[] {
  return [
    {
      id: SANDBOX_FAX_APP_ID,
      record_type: 'fax_application',
      application_name: 'Faxdesk Sandbox',
      active: true,
      anchorsite_override: 'Latency',
      webhook_event_url: 'https://example.com/webhooks',
      // The spec's default is "", but it also declares `format: uri`, which "" fails; null is allowed.
      webhook_event_failover_url: null,
      webhook_timeout_secs: 25,
      inbound: {
        channel_limit: 10,
        sip_subdomain: 'faxdesk-sandbox',
        sip_subdomain_receive_settings: 'only_my_connections',
      },
      outbound: { channel_limit: 10, outbound_voice_profile_id: OUTBOUND_VOICE_PROFILE_ID },
      tags: ['faxdesk'],
      created_at: '2025-03-04T09:12:45.120Z',
      updated_at: '2025-03-04T09:12:45.120Z',
    },
  ];
}

function phoneNumber(
  id: string,
  number: string,
  connection: { id: string; name: string } | null,
  purchasedAt: string,
): PhoneNumberResource {
  return {
    id,
    record_type: 'phone_number',
    phone_number: number,
    status: 'active',
    connection_id: connection?.id ?? null,
    connection_name: connection?.name ?? null,
    tags: [],
    country_iso_alpha2: 'US',
    phone_number_type: 'local',
    t38_fax_gateway_enabled: true,
    external_pin: null,
    deletion_lock_enabled: false,
    billing_group_id: null,
    customer_reference: null,
    emergency_address_id: null,
    emergency_enabled: false,
    emergency_status: 'disabled',
    messaging_profile_id: null,
    messaging_profile_name: null,
    call_forwarding_enabled: true,
    call_recording_enabled: false,
    caller_id_name_enabled: false,
    cnam_listing_enabled: false,
    hd_voice_enabled: false,
    inbound_call_screening: 'disabled',
    source_type: 'number_order',
    activated_at: purchasedAt,
    purchased_at: purchasedAt,
    created_at: purchasedAt,
    updated_at: purchasedAt,
  };
}

export function seedPhoneNumbers(): PhoneNumberResource[] {
  const faxApp = { id: SANDBOX_FAX_APP_ID, name: 'Faxdesk Sandbox' };
  return [
    phoneNumber('1293384261075731601', SANDBOX_FAX_NUMBERS[0], faxApp, '2025-03-04T09:20:11.000Z'),
    phoneNumber('1293384261075731602', SANDBOX_FAX_NUMBERS[1], faxApp, '2025-03-05T14:02:37.000Z'),
    phoneNumber('1293384261075731603', '+12025550182', SEED_VOICE_CONNECTION, '2025-03-06T11:45:00.000Z'),
  ];
}
