/**
 * Adding or editing a contact: name, organisation, its fax numbers (rows added and removed),
 * phone, notes and groups. Save checks the numbers as Send does and focuses what to mend;
 * Escape or Cancel leaves without saving.
 */
import { useEffect, useId, useRef } from 'react';
import type { ContactGroupView, ContactView } from '../../../../preload/contract';
import { GroupPicker } from './GroupPicker';
import { NumberRows } from './NumberRows';
import { useContactForm } from './use-contact-form';

export function ContactFormPanel({
  contact,
  number,
  country,
  groups,
  onSaved,
  onCancel,
}: {
  contact?: ContactView;
  number?: string;
  country: string;
  groups: readonly ContactGroupView[];
  onSaved: (contact: ContactView) => void;
  onCancel: () => void;
}) {
  const { form, setForm, problem, save, busy, error } = useContactForm({ contact, number, country, onSaved });
  const ids = { title: useId(), problem: useId() };
  const nameInput = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // After a dialog around the form (Send's "Save as contact") has opened and placed its own focus.
    const frame = requestAnimationFrame(() => nameInput.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    if (problem?.field === 'name') nameInput.current?.focus();
    else if (problem)
      formRef.current?.querySelectorAll<HTMLInputElement>('input[data-fax-number]')[problem.row ?? 0]?.focus();
  }, [problem]);

  const text = (field: 'organization' | 'phone' | 'notes') => ({
    value: form[field],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value }),
  });
  return (
    <form
      ref={formRef}
      className="contacts-pane contacts-form"
      aria-labelledby={ids.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={ids.title}>{contact ? `Edit ${contact.name}` : 'New contact'}</h3>
      <label className="contacts-field">
        <span>Name</span>
        <input
          ref={nameInput}
          type="text"
          value={form.name}
          maxLength={200}
          autoComplete="off"
          aria-invalid={problem?.field === 'name'}
          aria-describedby={problem?.field === 'name' ? ids.problem : undefined}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </label>
      <label className="contacts-field">
        <span>Organisation</span>
        <input type="text" maxLength={200} autoComplete="off" {...text('organization')} />
      </label>
      <NumberRows
        form={form}
        onChange={setForm}
        problemRow={problem?.field === 'numbers' ? (problem.row ?? 0) : null}
        problemId={ids.problem}
      />
      {problem && (
        <p id={ids.problem} role="alert" className="error">
          {problem.message}
        </p>
      )}
      <label className="contacts-field">
        <span>Phone</span>
        <input type="tel" maxLength={40} autoComplete="off" {...text('phone')} />
      </label>
      <label className="contacts-field">
        <span>Notes</span>
        <textarea rows={3} maxLength={5000} {...text('notes')} />
      </label>
      <GroupPicker form={form} groups={groups} onChange={setForm} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save contact
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
