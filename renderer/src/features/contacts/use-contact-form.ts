/**
 * The add/edit form's behaviour: its fields (contact-form-model.ts), saving through
 * contacts:save with the first thing to mend focused and explained, and the engine's words
 * when it refuses.
 */
import { useState } from 'react';
import type { ContactView } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { checkForm, emptyForm, formOf, type ContactForm } from './contact-form-model';

export interface FormProblem {
  field: 'name' | 'numbers';
  row?: number;
  message: string;
}

export function useContactForm({
  contact,
  number,
  country,
  onSaved,
}: {
  /** The contact being edited; none for a new one. */
  contact?: ContactView;
  /** A number to start a new contact with (Send's "Save as contact"). */
  number?: string;
  country: string;
  onSaved: (contact: ContactView) => void;
}) {
  const [form, setForm] = useState<ContactForm>(() =>
    contact ? formOf(contact, country) : emptyForm(number, country),
  );
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const action = useAsyncAction();

  const save = async () => {
    const checked = checkForm(form, country);
    if (!checked.ok) {
      setProblem(checked);
      return;
    }
    setProblem(null);
    const saved = await action.run(() => unwrap(faxdesk().contacts.save({ draft: checked.draft, id: contact?.id })));
    if (saved) onSaved(saved);
  };

  return { form, setForm, problem, save, busy: action.busy, error: action.error };
}
