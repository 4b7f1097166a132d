/** The paper faxes are laid out on, and the home country of numbers typed without a country code. */
import type { Settings } from '../../../../preload/contract';
import type { ChangeSetting } from './use-sending-defaults';

export function PaperAndCountryFields({ draft, change }: { draft: Settings; change: ChangeSetting }) {
  return (
    <>
      <label className="field">
        <span>Paper size</span>
        <select value={draft.paperSize} onChange={(e) => change('paperSize', e.target.value as 'letter' | 'a4')}>
          <option value="letter">Letter (US)</option>
          <option value="a4">A4</option>
        </select>
      </label>
      <label className="field">
        <span>Country for numbers typed without a country code</span>
        <input
          value={draft.defaultCountry}
          maxLength={2}
          size={4}
          autoComplete="off"
          aria-describedby="country-hint"
          onChange={(e) => change('defaultCountry', e.target.value.toUpperCase())}
        />
        <small id="country-hint" className="muted">
          Two letters, such as US, CA, GB or DE.
        </small>
      </label>
    </>
  );
}
