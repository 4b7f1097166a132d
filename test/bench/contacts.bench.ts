/**
 * Importing 10,000 contacts: a generated Outlook CSV (names, companies, two fax numbers for some,
 * categories, a few rows with no fax or a bad number) read for the preview and written in one
 * transaction into fresh records, as `faxdesk contacts import --yes` does. The baseline is
 * csv-parse alone on the same file, in the same run: what any import pays before it does anything.
 */
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContactsService } from '../../main/engine/contacts/contacts-service';
import { openDatabase } from '../../main/engine/store/database';
import { compared, interleavedMediansMs, type BenchResult } from './measure';

const CONTACTS = 10_000;
const COMPANIES = ['Acme Legal', 'St. Mary Clinic', 'County Clerk', 'Northwind Insurance', 'Baker & Sons', 'Contoso'];
const CATEGORIES = ['Clients', 'Vendors', 'Clinics;Referrals', '', 'Labs'];

function outlookCsv(): string {
  const rows = [
    '"First Name","Last Name","Company","Business Fax","Home Fax","Other Fax","Business Phone","Categories","Notes"',
  ];
  for (let i = 0; i < CONTACTS; i++) {
    const fax =
      i % 97 === 0
        ? ''
        : i % 101 === 0
          ? '12345'
          : `(312) 55${String(i).padStart(5, '0').slice(0, 1)}-${String(i % 10_000).padStart(4, '0')}`;
    const second = i % 5 === 0 ? `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}` : '';
    rows.push(
      [
        `Person${i}`,
        `Family ${i % 300}`,
        COMPANIES[i % COMPANIES.length],
        fax,
        '',
        second,
        '(312) 555-0100',
        CATEGORIES[i % CATEGORIES.length],
        i % 3 === 0 ? 'Faxes before noon, please.' : '',
      ]
        .map((cell) => `"${String(cell)}"`)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

export async function contactsBench(): Promise<BenchResult[]> {
  const csv = outlookCsv();
  const dirs: string[] = [];
  let imported = 0;
  const importInto = () => {
    const dir = mkdtempSync(join(tmpdir(), 'faxdesk-bench-contacts-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'faxdesk.db'));
    try {
      const contacts = createContactsService({ db: () => db, defaultCountry: () => 'US', now: Date.now });
      const result = contacts.commitImport(contacts.previewImport(csv, 'csv', 'US'));
      imported = result.added + result.merged;
    } finally {
      db.close();
    }
  };
  try {
    const { subject, baseline } = await interleavedMediansMs(
      importInto,
      () => parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true }),
      5,
    );
    return [
      compared(
        `contacts: import ${CONTACTS.toLocaleString('en')} (preview + commit)`,
        subject,
        baseline,
        'ms',
        `vs csv-parse alone on the same file; ${imported} contacts written; target < 2000 ms`,
      ),
    ];
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
