/** A memorandum: a short header, then a full page of dense body text (what the OCR benchmark reads). */
import { FAX_RECIPIENT } from '../fax-people';
import { proseParagraph } from '../office-prose';
import type { FaxKind } from './kind';

export const memo: FaxKind = {
  title: (facts) => `Memorandum ${facts.number}`,
  firstPage(page, facts) {
    page.line('MEMORANDUM', { size: 16, face: 'bold' });
    page.line(`To: ${FAX_RECIPIENT.name}, ${FAX_RECIPIENT.attention}`);
    page.line(`From: ${facts.sender.contact}, ${facts.sender.name}`);
    page.line(`Date: ${facts.date}`);
    page.line(`Subject: Office notice ${facts.number}`);
    page.rule(0.8);
    page.gap(6);
    page.fillWithParagraphs(() => proseParagraph(facts.random, facts.random.int(3, 5)));
  },
};
