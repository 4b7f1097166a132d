/** A referral letter from another practice: who is referred, why, and a signature. */
import { FAX_RECIPIENT } from '../fax-people';
import { proseParagraph } from '../office-prose';
import type { FaxKind } from './kind';
import { letterhead } from './letterhead';
import { pickPatient } from './patients';

const REASONS = [
  'persistent lower back pain that has not responded to physical therapy',
  'a follow up of elevated blood pressure readings over the last three months',
  'recurring headaches with occasional blurred vision',
  'shortness of breath during light exercise',
];

export const referral: FaxKind = {
  title: (facts) => `Referral ${facts.number}`,
  firstPage(page, facts) {
    const patient = pickPatient(facts.random);
    letterhead(page, facts);
    page.line(facts.date);
    page.gap(8);
    page.line(FAX_RECIPIENT.name);
    page.line(FAX_RECIPIENT.street);
    page.line(FAX_RECIPIENT.city);
    page.gap(10);
    page.line(`Re: Referral ${facts.number} for ${patient.name}, date of birth ${patient.born}`, { face: 'bold' });
    page.gap(8);
    page.line('Dear Colleague,');
    page.gap(4);
    page.paragraph(
      `I am referring ${patient.name} to your clinic for evaluation of ${facts.random.pick(REASONS)}. ` +
        proseParagraph(facts.random, 3),
    );
    page.gap(6);
    page.paragraph(proseParagraph(facts.random, 4));
    page.gap(6);
    page.paragraph(proseParagraph(facts.random, 2));
    page.gap(10);
    page.line('Sincerely,');
    page.signature(Array.from({ length: 7 }, () => facts.random.next()));
    page.line(facts.sender.contact);
    page.line(facts.sender.name);
  },
};
