/** A purchase order the clinic's supplier sends back for confirmation: items, delivery and who approved it. */
import { FAX_RECIPIENT } from '../fax-people';
import type { FaxKind } from './kind';
import { letterhead } from './letterhead';
import { drawLineItems } from './line-items';

const SUPPLIES = [
  { description: 'Copy paper, letter, case of 10 reams', unitCents: 4899 },
  { description: 'Nitrile exam gloves, box of 100', unitCents: 1275 },
  { description: 'Toner cartridge, black', unitCents: 8950 },
  { description: 'File folders, box of 100', unitCents: 1640 },
  { description: 'Examination table paper, 12 rolls', unitCents: 5320 },
  { description: 'Hand sanitizer, 1 liter', unitCents: 899 },
  { description: 'Adhesive bandages, box of 200', unitCents: 1150 },
];

export const purchaseOrder: FaxKind = {
  title: (facts) => `Purchase Order ${facts.number}`,
  firstPage(page, facts) {
    letterhead(page, facts);
    page.line(`Purchase Order ${facts.number}`, { size: 16, face: 'bold' });
    page.line(`Order date: ${facts.date}`);
    page.line('Terms: Net 30   Shipping: Ground');
    page.gap(8);
    page.row(
      [
        { text: 'Ship to:', at: 0 },
        { text: 'Vendor:', at: 250 },
      ],
      { face: 'bold' },
    );
    page.row([
      { text: FAX_RECIPIENT.name, at: 0 },
      { text: facts.sender.name, at: 250 },
    ]);
    page.row([
      { text: FAX_RECIPIENT.street, at: 0 },
      { text: facts.sender.street, at: 250 },
    ]);
    page.row([
      { text: FAX_RECIPIENT.city, at: 0 },
      { text: facts.sender.city, at: 250 },
    ]);
    page.gap(12);
    drawLineItems(page, SUPPLIES, facts.random, 0.06);
    page.gap(14);
    page.paragraph(
      'Please confirm this order by fax within two business days. Any changes to the order must be confirmed in writing.',
    );
    page.gap(10);
    page.line(`Approved by: ${facts.sender.contact}`);
  },
};
