/**
 * The priced table invoices and purchase orders share: a few lines picked from a catalogue,
 * quantities, amounts and a total, drawn in four columns with the figures right-aligned.
 */
import type { PageComposer } from '../page-composer';
import type { SeededRandom } from '../random';

export interface CatalogueItem {
  description: string;
  unitCents: number;
}

export function money(cents: number): string {
  const dollars = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}

const COLUMNS = { quantity: 300, unit: 385, amount: 468 } as const;

/** Draws 3–6 distinct lines from `catalogue` with a subtotal, tax and total; returns the total in cents. */
export function drawLineItems(
  page: PageComposer,
  catalogue: readonly CatalogueItem[],
  random: SeededRandom,
  taxRate: number,
): number {
  page.row(
    [
      { text: 'Description', at: 0 },
      { text: 'Qty', at: COLUMNS.quantity, align: 'right' },
      { text: 'Unit price', at: COLUMNS.unit, align: 'right' },
      { text: 'Amount', at: COLUMNS.amount, align: 'right' },
    ],
    { face: 'bold' },
  );
  page.rule(0.6);
  const count = random.int(3, Math.min(6, catalogue.length));
  const start = random.int(0, catalogue.length - 1);
  let subtotal = 0;
  for (let i = 0; i < count; i++) {
    const item = catalogue[(start + i) % catalogue.length];
    if (!item) continue;
    const quantity = random.int(1, 12);
    const amount = quantity * item.unitCents;
    subtotal += amount;
    page.row([
      { text: item.description, at: 0 },
      { text: String(quantity), at: COLUMNS.quantity, align: 'right' },
      { text: money(item.unitCents), at: COLUMNS.unit, align: 'right' },
      { text: money(amount), at: COLUMNS.amount, align: 'right' },
    ]);
  }
  page.rule(0.6);
  const tax = Math.round(subtotal * taxRate);
  page.row([
    { text: 'Subtotal', at: COLUMNS.unit, align: 'right' },
    { text: money(subtotal), at: COLUMNS.amount, align: 'right' },
  ]);
  page.row([
    { text: `Tax ${(taxRate * 100).toFixed(2)}%`, at: COLUMNS.unit, align: 'right' },
    { text: money(tax), at: COLUMNS.amount, align: 'right' },
  ]);
  page.row(
    [
      { text: 'Total due', at: COLUMNS.unit, align: 'right' },
      { text: money(subtotal + tax), at: COLUMNS.amount, align: 'right' },
    ],
    { face: 'bold' },
  );
  return subtotal + tax;
}
