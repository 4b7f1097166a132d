/**
 * Settings → Received faxes, saved on its own: whether Faxdesk deletes a fax from Telnyx once it
 * has archived it (off by default, and said plainly what that means for the account's other
 * desks), and which of the account's numbers' faxes this desk shows — all of them unless some
 * are chosen, which is how it is saved (an empty list means every number).
 */
import { useId } from 'react';
import type { Settings } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { SettingsSection } from './SettingsSection';
import { useAccountNumbers } from './use-account-numbers';
import { useSettingsSection } from './use-settings-section';

export function ReceivedFaxesSettings({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, (draft) => ({
    deleteReceivedFromTelnyx: draft.deleteReceivedFromTelnyx,
    inboxNumbers: draft.inboxNumbers,
  }));
  const { draft, change } = section;
  const { numbers, known, busy, error } = useAccountNumbers(settings.inboxNumbers);
  const ids = { deleteHint: useId(), numbersHint: useId() };
  // None chosen means all: every box is ticked, and unticking one keeps the others.
  const shown = (number: string) => draft.inboxNumbers.length === 0 || draft.inboxNumbers.includes(number);
  const toggle = (number: string, on: boolean) => {
    const current = draft.inboxNumbers.length === 0 ? numbers : draft.inboxNumbers;
    const next = on ? [...new Set([...current, number])] : current.filter((n) => n !== number);
    // Every number ticked is saved as "all", so a number added to the account later is shown too.
    change('inboxNumbers', numbers.every((n) => next.includes(n)) ? [] : next.sort());
  };

  return (
    <section className="card settings" aria-labelledby="received-title">
      <h2 id="received-title">Received faxes</h2>
      <SettingsSection title="Which numbers this desk shows" state={section}>
        <fieldset className="field received-numbers" aria-describedby={ids.numbersHint}>
          <legend>Show faxes sent to</legend>
          {numbers.map((number) => (
            <label key={number} className="inline-field">
              <input
                type="checkbox"
                checked={shown(number)}
                // At least one number stays: a desk that shows no number's faxes would just look broken.
                disabled={shown(number) && numbers.filter(shown).length === 1}
                onChange={(e) => toggle(number, e.target.checked)}
              />
              {formatFaxNumber(number, settings.defaultCountry)}
            </label>
          ))}
          {busy && numbers.length === 0 && <p aria-busy="true">Looking up your numbers…</p>}
          {!busy && !known && error && <p className="muted">{error}</p>}
        </fieldset>
        <p id={ids.numbersHint} className="muted">
          {draft.inboxNumbers.length === 0
            ? 'Faxes sent to every number of your Telnyx account are shown, including numbers added later.'
            : 'Only faxes sent to the numbers ticked are shown and archived on this desk.'}{' '}
          Other desks on the account choose for themselves.
        </p>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={draft.deleteReceivedFromTelnyx}
            aria-describedby={ids.deleteHint}
            onChange={(e) => change('deleteReceivedFromTelnyx', e.target.checked)}
          />
          Delete from Telnyx once archived
        </label>
        <p id={ids.deleteHint} className="muted">
          When on, Faxdesk deletes each received fax from Telnyx as soon as it has archived it on this desk. Faxdesk
          keeps its archived copy, but Telnyx keeps none, and other desks on the same account will not see the fax.
          Leave it off if more than one desk uses this account.
        </p>
      </SettingsSection>
    </section>
  );
}
