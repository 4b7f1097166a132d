/**
 * "Allow premium-rate and satellite numbers", off unless the person turns it on, at the foot of
 * the sending defaults. It is saved the moment it is switched, not with the form above: turning
 * it on makes the main process ask the person in its own dialog, which this page can neither
 * see nor answer, and the switch shows what was decided there. Turning it off needs no question.
 */
import { useId, useState } from 'react';
import type { Settings } from '../../../../preload/contract';
import { useSettingsSource } from '../../data/SettingsProvider';
import { useAsyncAction } from '../../lib/use-async-action';
import './costly-numbers.css';

export function CostlyNumbersSetting({ settings }: { settings: Settings }) {
  const source = useSettingsSource();
  const [allowed, setAllowed] = useState(settings.allowPremiumAndSatelliteNumbers);
  const [asking, setAsking] = useState(false);
  const saving = useAsyncAction();
  const ids = { title: useId(), hint: useId() };

  const change = async (next: boolean) => {
    setAsking(next);
    const result = await saving.run(() => source.update({ allowPremiumAndSatelliteNumbers: next }));
    setAsking(false);
    if (result) setAllowed(result.allowPremiumAndSatelliteNumbers);
  };

  return (
    <section className="costly-numbers" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Premium-rate and satellite numbers</h3>
      <label className="inline-field">
        <input
          type="checkbox"
          role="switch"
          checked={allowed}
          disabled={saving.busy}
          aria-describedby={ids.hint}
          onChange={(e) => void change(e.target.checked)}
        />
        Allow premium-rate and satellite numbers
      </label>
      <p id={ids.hint} className="muted">
        When on, faxes may go to premium-rate numbers (such as +1 900, +44 909 or +49 900), satellite phones (+870,
        +881, +882) and international premium-rate numbers (+979). A call to one can cost many times an ordinary call,
        so Faxdesk refuses them unless this is on, and asks you to confirm before turning it on. Ordinary, toll-free and
        shared-cost numbers of every country are always allowed.
      </p>
      {asking && <p role="status">Answer the question in the Faxdesk dialog to go on.</p>}
      {saving.error && (
        <p role="alert" className="error">
          {saving.error}
        </p>
      )}
    </section>
  );
}
