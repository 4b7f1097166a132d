/** The redial policy: how many attempts in all, and how many minutes apart. */
import type { Settings } from '../../../../preload/contract';
import type { ChangeSetting } from './use-settings-section';

type RedialKey = 'redialAttempts' | 'redialDelayMinutes';

export function RedialFields({ draft, change }: { draft: Settings; change: ChangeSetting }) {
  // One number inside the sentence, named for screen readers by its own label.
  const field = (key: RedialKey, max: number, label: string) => (
    <input
      type="number"
      min={1}
      max={max}
      value={draft[key]}
      onChange={(e) => change(key, Number(e.target.value))}
      aria-label={label}
    />
  );
  return (
    <fieldset className="field">
      <legend>When the line is busy or nobody answers</legend>
      <label className="inline-field">
        Try
        {field('redialAttempts', 10, 'Attempts in all')}
        times in all,
        {field('redialDelayMinutes', 1440, 'Minutes between attempts')}
        minutes apart
      </label>
    </fieldset>
  );
}
