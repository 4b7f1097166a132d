/**
 * The address book, used as a person would against the real engine and its records: a contact
 * added with two labelled numbers and a group, found again by search; a CSV imported through
 * its preview (layout, columns, what will be imported and the row that will not, with why);
 * in Send, a group typed and chosen adds each member, and a number typed by hand is saved as a
 * contact from its chip. Accessibility in light and dark, and the screenshots the README uses.
 */
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, startOnSend, test, type Desk } from './harness/desk';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Faxdesk' });
const contactList = (page: Page) => page.getByRole('listbox', { name: 'Contacts' });

async function openAddressBook(page: Page) {
  await nav(page).getByRole('button', { name: 'Address book' }).click();
  await expect(page.getByRole('heading', { name: 'Address book', level: 2 })).toBeVisible();
}

/** A few contacts in two groups, as the engine keeps them, for the list and Send's suggestions. */
function seedContacts(desk: Desk) {
  const contacts = desk.engine.contacts;
  contacts.save({
    name: 'North Clinic',
    organization: 'Northside Health',
    faxNumbers: [{ number: '+13125550101', label: 'Front desk' }],
    groups: ['Labs'],
  });
  contacts.save({ name: 'South Lab', faxNumbers: [{ number: '+13125550102', label: null }], groups: ['Labs'] });
  contacts.save({
    name: 'County Court',
    organization: 'Clerk of the court',
    faxNumbers: [{ number: '+12025550140', label: null }],
    groups: ['Courts'],
  });
}

test('a contact is added with two numbers and a group, found by search, and the address book passes the accessibility check in light and dark', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  seedContacts(desk);
  await openAddressBook(page);
  await expect(page.getByTestId('contacts-count')).toHaveText('3 contacts');

  await page.getByRole('button', { name: 'Add contact' }).click();
  const form = page.getByRole('form', { name: 'New contact' });
  await expect(form.getByLabel('Name')).toBeFocused();
  // Saved without a number: the form says what is missing and keeps what was typed.
  await page.keyboard.type('Harbor Legal');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form.getByRole('alert')).toHaveText('Add at least one fax number.');
  await form.getByLabel('Organisation').fill('Harbor Legal LLP');
  await form.getByRole('textbox', { name: 'Fax number' }).fill('(202) 555-0100');
  await form.getByRole('textbox', { name: 'Label' }).fill('Office');
  await form.getByRole('button', { name: 'Add another number' }).click();
  await expect(form.getByRole('textbox', { name: 'Fax number 2' })).toBeFocused();
  await page.keyboard.type('202 555 0101');
  await form.getByRole('textbox', { name: 'Label' }).nth(1).fill('Billing');
  await form.getByLabel('Courts').check();
  await form.getByLabel('New group').fill('Clients');
  await form.getByLabel('New group').press('Enter');
  await expect(form.getByLabel('Clients')).toBeChecked();
  await form.getByRole('button', { name: 'Save contact' }).click();

  const detail = page.getByRole('region', { name: 'Harbor Legal' });
  await expect(detail.getByRole('heading', { name: 'Harbor Legal' })).toBeFocused();
  await expect(detail).toContainText('(202) 555-0100 · Office');
  await expect(detail).toContainText('(202) 555-0101 · Billing');
  await expect(detail).toContainText('Clients, Courts');
  const saved = desk.engine.contacts.list({ search: 'Harbor', limit: 5 }).items[0];
  expect(saved?.faxNumbers).toEqual([
    { number: '+12025550100', label: 'Office' },
    { number: '+12025550101', label: 'Billing' },
  ]);

  // Found by the records' search, by a word of its organisation or by digits.
  await page.getByRole('searchbox', { name: 'Search' }).fill('LLP');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 contact match');
  await expect(contactList(page).getByRole('option')).toHaveCount(1);
  await expect(contactList(page).getByRole('option').first()).toContainText('Harbor Legal');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.getByTestId('contacts-count')).toHaveText('4 contacts');

  // A group filters the list to its members, with its count beside it.
  const groups = page.getByRole('navigation', { name: 'Groups' });
  await expect(groups.getByRole('button', { name: /^Courts\s*, 2 contacts$/ })).toBeVisible();
  await groups.getByRole('button', { name: /^Labs/ }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('2 contacts match');
  await groups.getByRole('button', { name: 'All contacts' }).click();

  // The keyboard: the list takes the focus, the arrows move through it, Enter opens.
  await contactList(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'South Lab', level: 3 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(contactList(page)).toBeFocused();
  await contactList(page)
    .getByRole('option', { name: /Harbor Legal/ })
    .click();

  await expectNoSeriousViolations(page);
  await desk.screenshot('address-book');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await desk.screenshot('address-book-dark');
  await page.getByRole('button', { name: 'Edit' }).click();
  await expectNoSeriousViolations(page);

  // Deleted with a second step.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete contact…' }).click();
  await page.getByRole('group').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('3 contacts');
});

test('a CSV is imported through its preview, which shows the layout, the columns and the row that will not be imported', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  seedContacts(desk);
  await openAddressBook(page);
  const file = join(desk.dataDir, 'clinics.csv');
  await writeFile(
    file,
    [
      'Name,Company,Fax,Categories',
      'West Clinic,Westside Health,(312) 555-0103,Labs',
      'North Clinic,Northside Health,+1 312 555 0101,Referrals',
      'No Number Clinic,Nowhere Health,,Labs',
      'East Clinic,,312.555.0104,Labs',
    ].join('\n'),
  );
  desk.importFiles.push(file);
  await page.getByRole('button', { name: 'Import…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import clinics.csv' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('A list of names and fax numbers (CSV)');
  await expect(dialog.getByRole('status')).toHaveText(
    '2 contacts will be added, 1 merged into contacts you have, 1 row will not be imported.',
  );
  const columns = dialog.getByRole('table', { name: 'What each column means' });
  await expect(columns.getByRole('row', { name: 'Fax Fax number' })).toBeVisible();
  const imported = dialog.getByRole('table', { name: /What will be imported/ });
  await expect(imported.getByRole('row')).toHaveCount(4);
  await expect(imported).toContainText('(312) 555-0103');
  const skipped = dialog.getByRole('table', { name: 'Not imported (1)' });
  await expect(skipped.getByRole('row').nth(1)).toContainText('4');
  await expect(skipped.getByRole('row').nth(1)).toContainText(/fax number/i);
  await expectNoSeriousViolations(page);
  await desk.screenshot('contacts-import-preview');
  // Nothing is written before Confirm.
  expect(desk.engine.contacts.list({ limit: 10 }).total).toBe(3);

  await dialog.getByRole('button', { name: 'Import 3 contacts' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toHaveText(
    'Imported: 2 contacts added, 1 merged, 1 skipped.',
  );
  await expect(page.getByTestId('contacts-count')).toHaveText('5 contacts');
  const groups = page.getByRole('navigation', { name: 'Groups' });
  await expect(groups.getByRole('button', { name: /^Labs\s*, 4 contacts$/ })).toBeVisible();
  const north = desk.engine.contacts.list({ search: 'North', limit: 5 }).items[0];
  expect(north?.groups).toEqual(['Labs', 'Referrals']);

  // Cancel writes nothing.
  desk.importFiles.push(file);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog', { name: 'Import clinics.csv' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('5 contacts');
});

test("in Send, a group typed and chosen adds each member's number, and a number typed by hand is saved as a contact", async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  seedContacts(desk);
  const field = page.getByRole('combobox', { name: 'Fax number' });
  const chips = page.getByRole('list', { name: 'Recipients' }).getByRole('listitem');
  const suggestions = page.getByRole('listbox', { name: 'Contacts, groups and recent recipients' });

  await field.pressSequentially('lab');
  const group = suggestions.getByRole('option', { name: /^Labs/ });
  await expect(group).toContainText('Group · 2 numbers');
  await expect(suggestions.getByRole('option', { name: /South Lab/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  await desk.screenshot('send-contact-suggestions');
  // Down through the suggestions to the group, wherever the address book ranked it.
  await expect(async () => {
    await field.press('ArrowDown');
    await expect(group).toHaveAttribute('aria-selected', 'true', { timeout: 100 });
  }).toPass();
  await expect(field).toHaveAttribute('aria-activedescendant', (await group.getAttribute('id'))!);
  await field.press('Enter');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0)).toContainText('(312) 555-0101');
  await expect(chips.nth(1)).toContainText('(312) 555-0102');
  await expect(page.getByRole('status').filter({ hasText: 'Added Labs' })).toHaveText('Added Labs: 2 numbers.');

  // A contact found by its organisation, picked with the keyboard.
  await field.pressSequentially('clerk');
  await expect(suggestions.getByRole('option', { name: /County Court/ })).toBeVisible();
  await field.press('Enter');
  await expect(chips).toHaveCount(3);
  await expect(chips.nth(2)).toContainText('County Court');

  // Typed by hand, then saved as a contact from its chip.
  await field.pressSequentially('(202) 555-0199');
  await field.press('Enter');
  await expect(chips).toHaveCount(4);
  await chips.nth(3).getByRole('button', { name: 'Save (202) 555-0199 as a contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as contact' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Fax number' })).toHaveValue('(202) 555-0199');
  await page.keyboard.type('Eastside Courier');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(chips.nth(3)).toContainText('Eastside Courier');
  await expect(chips.nth(3).getByRole('button', { name: /as a contact/ })).toHaveCount(0);
  expect(desk.engine.contacts.nameFor('+12025550199')).toBe('Eastside Courier');
});
