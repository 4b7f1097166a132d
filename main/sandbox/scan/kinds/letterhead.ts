/** The sender's letterhead, shared by every kind: name in bold, address and numbers, a rule. */
import { headerNumber } from '../fax-people';
import type { PageComposer } from '../page-composer';
import type { DocumentFacts } from './kind';

export function letterhead(page: PageComposer, { sender }: DocumentFacts): void {
  page.line(sender.name, { size: 17, face: 'bold' });
  page.line(`${sender.street}, ${sender.city}`, { size: 10 });
  page.line(`Phone ${sender.phone}   Fax ${headerNumber(sender.fax)}`, { size: 10 });
  page.rule(1.2);
  page.gap(10);
}
