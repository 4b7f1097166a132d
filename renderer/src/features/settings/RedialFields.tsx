/** The redial policy: how many attempts in all, and how many minutes apart. */
import type { Settings } from '../../../../preload/contract';
import type { ChangeSetting } from './use-sending-defaults';

export function RedialFields({ draft, change }: { draft: Settings; change: ChangeSetting }) {
  return (
    <fieldset className="field">
      <legend>When the line is busy or nobody answers</legend>
      <label className="inline-field">
        Try
        <input
          type="number"
          min={1}
          max={10}
          value={draft.redialAttempts}
          onChange={(e) => change('redialAttempts', Number(e.target.value))}
          aria-label="Attempts in all"
        />
        times in all,
        <input
          type="number"
          min={1}
          max={1440}
          value={draft.redialDelayMinutes}
          onChange={(e) => change('redialDelayMinutes', Number(e.target.value))}
          aria-label="Minutes between attempts"
        />
        minutes apart
      </label>
    </fieldset>
  );
}
