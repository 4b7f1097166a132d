/** The paper faxes are laid out on, and the home country of numbers typed without a country code. */
import type { Settings } from '../../../../preload/contract';
import { CountryField } from './CountryField';
import type { ChangeSetting } from './use-settings-section';

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
      <CountryField code={draft.defaultCountry} onChange={(country) => change('defaultCountry', country)} />
    </>
  );
}
