/** An invoice for services, billed to the clinic: "Invoice 4471", line items, total and terms. */
import { FAX_RECIPIENT } from '../fax-people';
import { proseParagraph } from '../office-prose';
import type { FaxKind } from './kind';
import { letterhead } from './letterhead';
import { drawLineItems, money } from './line-items';

const SERVICES = [
  { description: 'Medical billing review, per claim', unitCents: 1850 },
  { description: 'Insurance eligibility check', unitCents: 475 },
  { description: 'Patient statement printing and mailing', unitCents: 92 },
  { description: 'Claim resubmission', unitCents: 1200 },
  { description: 'Monthly reporting package', unitCents: 24500 },
  { description: 'Coding audit, per chart', unitCents: 3900 },
  { description: 'Records retrieval fee', unitCents: 2500 },
];

export const invoice: FaxKind = {
  title: (facts) => `Invoice ${facts.number}`,
  firstPage(page, facts) {
    letterhead(page, facts);
    page.line(`Invoice ${facts.number}`, { size: 16, face: 'bold' });
    page.line(`Invoice date: ${facts.date}`);
    page.line(`Account number: NFC-${2000 + (facts.number % 7000)}`);
    page.gap(8);
    page.line('Bill to:', { face: 'bold' });
    page.line(FAX_RECIPIENT.name);
    page.line(`Attn: ${FAX_RECIPIENT.attention}`);
    page.line(FAX_RECIPIENT.street);
    page.line(FAX_RECIPIENT.city);
    page.gap(12);
    const total = drawLineItems(page, SERVICES, facts.random, 0.0625);
    page.gap(14);
    page.paragraph(
      `Payment of ${money(total)} is due within 30 days. Please reference invoice ${facts.number} with your payment. ` +
        proseParagraph(facts.random, 1),
    );
    page.gap(8);
    page.line(`Questions: ${facts.sender.contact}, ${facts.sender.phone}`);
  },
};
