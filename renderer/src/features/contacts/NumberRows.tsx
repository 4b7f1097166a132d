/**
 * A contact's fax numbers in the form: one row each (number and label), rows added and
 * removed; the row with a problem is marked and described by the problem's words.
 */
import { useRef } from 'react';
import { addNumberRow, removeNumberRow, updateNumberRow, type ContactForm } from './contact-form-model';

export function NumberRows({
  form,
  onChange,
  problemRow,
  problemId,
}: {
  form: ContactForm;
  onChange: (form: ContactForm) => void;
  problemRow: number | null;
  problemId: string;
}) {
  const list = useRef<HTMLUListElement>(null);
  const focusRow = (index: number) =>
    // After React has drawn the rows: the new row, or the one that took the removed row's place.
    requestAnimationFrame(() =>
      list.current?.querySelectorAll<HTMLInputElement>('input[data-fax-number]')[index]?.focus(),
    );

  return (
    <fieldset className="contacts-numbers-field">
      <legend>Fax numbers</legend>
      <ul ref={list} className="contacts-number-rows">
        {form.numbers.map((row, index) => (
          <li key={row.key} className="contacts-number-row">
            <label>
              <span>Fax number {form.numbers.length > 1 ? index + 1 : ''}</span>
              <input
                data-fax-number=""
                type="tel"
                value={row.number}
                autoComplete="off"
                aria-invalid={problemRow === index}
                aria-describedby={problemRow === index ? problemId : undefined}
                onChange={(e) => onChange(updateNumberRow(form, row.key, { number: e.target.value }))}
              />
            </label>
            <label>
              <span>Label</span>
              <input
                type="text"
                value={row.label}
                placeholder="Office, Billing…"
                onChange={(e) => onChange(updateNumberRow(form, row.key, { label: e.target.value }))}
              />
            </label>
            {form.numbers.length > 1 && (
              <button
                type="button"
                className="link"
                aria-label={`Remove fax number ${index + 1}`}
                onClick={() => {
                  onChange(removeNumberRow(form, row.key));
                  focusRow(Math.max(0, index - 1));
                }}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          onChange(addNumberRow(form));
          focusRow(form.numbers.length);
        }}
      >
        Add another number
      </button>
    </fieldset>
  );
}
