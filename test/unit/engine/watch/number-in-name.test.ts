/**
 * The rule for files named with a fax number (main/engine/watch/number-in-name.ts), and what
 * the app and `faxdesk watch` each do with a file by its name (watch-decision.ts).
 */
import { describe, expect, it } from 'vitest';
import { faxNumberInName } from '../../../../main/engine/watch/number-in-name';
import { decideWatchedFile } from '../../../../main/engine/watch/watch-decision';
import { isIgnoredName } from '../../../../main/engine/watch/file-names';

describe('faxNumberInName()', () => {
  it.each([
    ['to 202-555-0100.pdf', '+12025550100'],
    ['To 202-555-0100.PDF', '+12025550100'],
    ['fax +44 20 7946 0018.pdf', '+442079460018'],
    ['2025550100.pdf', '+12025550100'],
    ['(202) 555-0100.tiff', '+12025550100'],
    ['202.555.0100.png', '+12025550100'],
    ['to 202-555-0100 - invoice 42.pdf', '+12025550100'],
    ['  to   +1 202 555 0100  .pdf', '+12025550100'],
    ['to 202-555-0100', '+12025550100'],
    // As the Faxdesk printers name a printed "to 202-555-0100" (assets/print/).
    ['to 202-555-0100 (job 42).pdf', '+12025550100'],
    ['to 202-555-0100 (job 42) (2).pdf', '+12025550100'],
    ['to 202-555-0100 (2).pdf', '+12025550100'],
  ])('reads %s as %s', (name, number) => {
    expect(faxNumberInName(name, 'US')).toBe(number);
  });

  it('reads a number without a country code in the country of Settings', () => {
    expect(faxNumberInName('to 020 7946 0018.pdf', 'GB')).toBe('+442079460018');
    expect(faxNumberInName('to 020 7946 0018.pdf', 'US')).toBeNull();
  });

  it.each([
    'invoice.pdf',
    'invoice 202-555-0100.pdf',
    'to 202-555-0100 invoice.pdf',
    'to Jane.pdf',
    'scan 2024.pdf',
    '2024.pdf',
    'send to 202-555-0100.pdf',
    '.pdf',
  ])('finds no number in %s', (name) => {
    expect(faxNumberInName(name, 'US')).toBeNull();
  });
});

describe('decideWatchedFile()', () => {
  const app = { defaultCountry: 'US', sendByName: true, headless: false };

  it('queues a file named with a number when sending by name is on', () => {
    expect(decideWatchedFile('to 202-555-0100.pdf', app)).toEqual({ kind: 'queue', number: '+12025550100' });
  });

  it('opens every file in Send when sending by name is off', () => {
    expect(decideWatchedFile('to 202-555-0100.pdf', { ...app, sendByName: false })).toEqual({ kind: 'open' });
    expect(decideWatchedFile('letter.pdf', app)).toEqual({ kind: 'open' });
  });

  it('from the command line, queues by name whatever the setting, and refuses the rest in words', () => {
    const headless = { defaultCountry: 'US', sendByName: false, headless: true };
    expect(decideWatchedFile('to 202-555-0100.pdf', headless)).toEqual({ kind: 'queue', number: '+12025550100' });
    const refused = decideWatchedFile('letter.pdf', headless);
    expect(refused.kind).toBe('refuse');
    expect(refused.kind === 'refuse' && refused.reason).toMatch(/"letter.pdf" holds no fax number/);
  });
});

describe('isIgnoredName()', () => {
  it.each([
    '.DS_Store',
    '.~lock.x.odt#',
    '~$letter.docx',
    'a.pdf.part',
    'b.pdf.crdownload',
    'c.tmp',
    'd.PART',
    'e.pdf~',
  ])('leaves %s alone', (name) => expect(isIgnoredName(name)).toBe(true));

  it.each(['letter.pdf', 'to 202-555-0100.pdf', 'scan.tiff', 'sent.pdf'])('takes %s', (name) =>
    expect(isIgnoredName(name)).toBe(false),
  );
});
