/**
 * Sentences of ordinary office correspondence, from which the dense body text of the scanned
 * faxes is assembled. Real words in plain sentences are what an OCR benchmark needs: its
 * language model helps with them as it would with a real letter.
 */
import type { SeededRandom } from './random';

const SENTENCES = [
  'Please review the enclosed pages and let us know if anything needs to be corrected before the end of the month.',
  'Our records show that the account was updated on the date listed above and that no further changes are pending.',
  'If you have any questions about this notice, call our office during regular business hours and ask for the billing team.',
  'The original documents will be kept on file for seven years, as required by the retention policy of our company.',
  'We would appreciate a short reply confirming that this fax arrived complete and that every page is legible.',
  'A copy of the signed agreement should be returned to us by fax or by mail no later than the date shown on the first page.',
  'The committee met last Tuesday to discuss the schedule for the coming quarter and agreed on the following points.',
  'All shipments will be delivered to the loading dock at the rear of the building between eight and four on weekdays.',
  'Payments received after the due date may be subject to a late fee of one and a half percent per month.',
  'The patient was seen in our clinic for a follow up visit and reported that the symptoms have improved since the last appointment.',
  'Please make sure that the name, the date of birth and the policy number match the information on the insurance card.',
  'Our office will be closed on the first Monday of next month for staff training, and calls will be returned the following day.',
  'The attached report summarizes the results of the annual review and lists the actions each department has agreed to take.',
  'Any changes to the order must be confirmed in writing at least two business days before the requested delivery date.',
  'We have updated our mailing address, so please use the new address printed at the top of this letter for all future correspondence.',
  'The form must be completed in full, signed and dated, or it will be returned without being processed.',
  'Thank you for your prompt attention to this matter and for your continued cooperation with our staff.',
  'The quoted prices are valid for thirty days and include standard packaging but not freight or insurance.',
  'If the information in this message is not correct, please notify the sender immediately and destroy all copies.',
  'The next inspection is planned for the second week of the month, and the building manager will be present throughout.',
  'We recommend that the results be discussed with the patient at the next scheduled visit rather than by telephone.',
  'The balance shown on this statement reflects all payments and credits posted to the account through the statement date.',
  'Each department is asked to submit its budget request by the fifteenth so that the figures can be reviewed together.',
  'Our technician will call ahead to confirm the appointment and will need access to the main electrical panel.',
  'The new procedure takes effect immediately and replaces the earlier version that was distributed in the spring.',
  'Please keep this page with your records, since it contains the reference number you will need for any later inquiry.',
  'The delivery was inspected on arrival, and two cartons were found to be damaged and have been set aside for the carrier.',
  'A reminder will be sent one week before the meeting together with the agenda and the minutes of the previous session.',
  'We are grateful for the referral and will send a full report to your office once the evaluation has been completed.',
  'Keys and access cards must be returned to the front desk on the last working day, together with any company equipment.',
  'The contract may be renewed for another year on the same terms if neither party gives written notice before the deadline.',
  'Staff members who work late are reminded to lock the side entrance and to switch off the lights in the meeting rooms.',
];

/** A paragraph of `count` sentences, never the same sentence twice in a row. */
export function proseParagraph(random: SeededRandom, count: number): string {
  const picked: string[] = [];
  while (picked.length < count) {
    const sentence = random.pick(SENTENCES);
    if (sentence !== picked.at(-1)) picked.push(sentence);
  }
  return picked.join(' ');
}
