/** A signed authorisation to release records: filled-in fields, ticked boxes, a handwritten signature. */
import { FAX_RECIPIENT } from '../fax-people';
import type { FaxKind } from './kind';
import { letterhead } from './letterhead';
import { pickPatient } from './patients';

const RECORDS = [
  'Office visit notes',
  'Laboratory results',
  'Imaging reports',
  'Immunization history',
  'Billing records',
];

export const signedForm: FaxKind = {
  title: (facts) => `Authorization ${facts.number}`,
  firstPage(page, facts) {
    const patient = pickPatient(facts.random);
    letterhead(page, facts);
    page.line('Authorization for Release of Medical Records', { size: 15, face: 'bold' });
    page.line(`Form number: ${facts.number}`);
    page.gap(10);
    page.line(`Patient name: ${patient.name}`);
    page.line(`Date of birth: ${patient.born}`);
    page.line(`Release from: ${FAX_RECIPIENT.name}, ${FAX_RECIPIENT.city}`);
    page.line(`Release to: ${facts.sender.name}, ${facts.sender.city}`);
    page.gap(10);
    page.line('Records to be released:', { face: 'bold' });
    for (const record of RECORDS) {
      page.line(`[${facts.random.next() < 0.6 ? 'X' : ' '}] ${record}`, { indent: 12 });
    }
    page.gap(10);
    page.paragraph(
      'I understand that this authorization may be revoked in writing at any time, except where action has already ' +
        'been taken in reliance on it. This authorization expires one year from the date of signature. A copy of ' +
        'this form is as valid as the original.',
    );
    page.gap(14);
    page.signature(Array.from({ length: 7 }, () => facts.random.next()));
    page.row([
      { text: `Signature of patient: ${patient.name}`, at: 0 },
      { text: `Date: ${facts.date}`, at: 300 },
    ]);
    page.gap(8);
    page.line(`Witness: ${facts.sender.contact}`);
  },
};
