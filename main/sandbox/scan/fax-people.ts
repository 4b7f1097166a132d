/**
 * Who sends the sandbox's scanned faxes and who receives them: fictional offices with
 * numbers in the reserved 555-01XX range, so nothing a demo shows belongs to anyone.
 */

export interface FaxSender {
  /** The organisation, as its letterhead and its fax machine's header line name it. */
  name: string;
  /** The person who signs. */
  contact: string;
  /** E.164; the inbound fax's `from`. */
  fax: string;
  phone: string;
  street: string;
  city: string;
}

export const FAX_SENDERS: readonly FaxSender[] = [
  {
    name: 'Lakeside Billing Services',
    contact: 'Karen Whitfield',
    fax: '+13125550199',
    phone: '(312) 555-0142',
    street: '410 North Michigan Avenue, Suite 900',
    city: 'Chicago, IL 60611',
  },
  {
    name: 'Riverbend Medical Group',
    contact: 'Dr. Helen Carter',
    fax: '+16175550123',
    phone: '(617) 555-0177',
    street: '25 Riverside Drive',
    city: 'Cambridge, MA 02139',
  },
  {
    name: 'Summit Office Supply',
    contact: 'Daniel Ortega',
    fax: '+14155550168',
    phone: '(415) 555-0110',
    street: '1800 Mission Street',
    city: 'San Francisco, CA 94103',
  },
  {
    name: 'Greenway Diagnostics',
    contact: 'Priya Raman',
    fax: '+12065550134',
    phone: '(206) 555-0190',
    street: '702 Pine Street, Floor 3',
    city: 'Seattle, WA 98101',
  },
  {
    name: 'Harbor Point Insurance',
    contact: 'Thomas Becker',
    fax: '+13055550156',
    phone: '(305) 555-0128',
    street: '90 Biscayne Boulevard',
    city: 'Miami, FL 33132',
  },
];

/** The sandbox account's office, which the faxes are addressed to. */
export const FAX_RECIPIENT = {
  name: 'Northside Family Clinic',
  attention: 'Accounts and Records',
  street: '1200 Harbor Street, Suite 4',
  city: 'Washington, DC 20001',
} as const;

/** `+13125550199` → `+1 312 555 0199`, as fax machines print it in their header line. */
export function headerNumber(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}` : e164;
}
