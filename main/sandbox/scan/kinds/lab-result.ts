/** A laboratory report: the patient, when the sample was taken, results against reference ranges. */
import type { FaxKind } from './kind';
import { letterhead } from './letterhead';
import { pickPatient } from './patients';

interface Test {
  name: string;
  unit: string;
  low: number;
  high: number;
  decimals: number;
}

const PANEL: readonly Test[] = [
  { name: 'Glucose, fasting', unit: 'mg/dL', low: 70, high: 99, decimals: 0 },
  { name: 'Sodium', unit: 'mmol/L', low: 136, high: 145, decimals: 0 },
  { name: 'Potassium', unit: 'mmol/L', low: 3.5, high: 5.1, decimals: 1 },
  { name: 'Creatinine', unit: 'mg/dL', low: 0.6, high: 1.3, decimals: 2 },
  { name: 'Cholesterol, total', unit: 'mg/dL', low: 125, high: 200, decimals: 0 },
  { name: 'Hemoglobin', unit: 'g/dL', low: 12, high: 17.5, decimals: 1 },
  { name: 'White blood cells', unit: 'K/uL', low: 4, high: 11, decimals: 1 },
  { name: 'Platelets', unit: 'K/uL', low: 150, high: 400, decimals: 0 },
];

const COLUMNS = { result: 250, unit: 265, range: 340, flag: 440 } as const;

export const labResult: FaxKind = {
  title: (facts) => `Laboratory Report ${facts.number}`,
  firstPage(page, facts) {
    const patient = pickPatient(facts.random);
    letterhead(page, facts);
    page.line('Laboratory Report', { size: 16, face: 'bold' });
    page.line(`Report number: ${facts.number}`);
    page.line(`Patient: ${patient.name}   Date of birth: ${patient.born}`);
    page.line(`Collected: ${facts.date}   Reported: ${facts.date}`);
    page.line('Ordering provider: Northside Family Clinic');
    page.gap(12);
    page.row(
      [
        { text: 'Test', at: 0 },
        { text: 'Result', at: COLUMNS.result, align: 'right' },
        { text: 'Units', at: COLUMNS.unit },
        { text: 'Reference range', at: COLUMNS.range },
        { text: 'Flag', at: COLUMNS.flag },
      ],
      { face: 'bold' },
    );
    page.rule(0.6);
    for (const test of PANEL) {
      const span = test.high - test.low;
      const value = facts.random.between(test.low - span * 0.25, test.high + span * 0.2);
      const flag = value < test.low ? 'LOW' : value > test.high ? 'HIGH' : '';
      page.row([
        { text: test.name, at: 0 },
        { text: value.toFixed(test.decimals), at: COLUMNS.result, align: 'right' },
        { text: test.unit, at: COLUMNS.unit },
        { text: `${test.low} - ${test.high}`, at: COLUMNS.range },
        { text: flag, at: COLUMNS.flag },
      ]);
    }
    page.rule(0.6);
    page.gap(12);
    page.paragraph(
      'Results outside the reference range are flagged. Reference ranges apply to adults and may differ by method. ' +
        'Please contact the laboratory with any questions about these results.',
    );
    page.gap(8);
    page.line(`Reviewed by: ${facts.sender.contact}, ${facts.sender.name}`);
  },
};
