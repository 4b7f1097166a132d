/**
 * The groups a contact is in, in the form: the address book's groups as checkboxes, and a field
 * to put it in a new group (Enter or "Add group").
 */
import { useState } from 'react';
import type { ContactGroupView } from '../../../../preload/contract';
import { withGroup, withoutGroup, type ContactForm } from './contact-form-model';

export function GroupPicker({
  form,
  groups,
  onChange,
}: {
  form: ContactForm;
  groups: readonly ContactGroupView[];
  onChange: (form: ContactForm) => void;
}) {
  const [typed, setTyped] = useState('');
  const names = [...new Set([...groups.map((g) => g.name), ...form.groups])].sort((a, b) => a.localeCompare(b));
  const add = () => {
    onChange(withGroup(form, typed));
    setTyped('');
  };
  return (
    <fieldset className="contacts-groups-field">
      <legend>Groups</legend>
      {names.length > 0 && (
        <ul className="contacts-group-checks">
          {names.map((name) => (
            <li key={name}>
              <label>
                <input
                  type="checkbox"
                  checked={form.groups.includes(name)}
                  onChange={(e) => onChange(e.target.checked ? withGroup(form, name) : withoutGroup(form, name))}
                />
                {name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="contacts-new-group">
        <label>
          <span>New group</span>
          <input
            type="text"
            value={typed}
            maxLength={100}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add} disabled={!typed.trim()}>
          Add group
        </button>
      </div>
    </fieldset>
  );
}
