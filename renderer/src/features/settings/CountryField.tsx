/**
 * The home country of numbers typed without a country code, as a searchable list
 * ("United States (+1)"): typing part of a name narrows it. What is typed is read back as a
 * country (a name or a two-letter code works too); text that names none is kept as typed, so
 * the section's Save can say so.
 */
import { useId, useMemo, useState } from 'react';
import { countryFromText, countryLabel, countryOptions } from './country-options';

export function CountryField({ code, onChange }: { code: string; onChange: (codeOrText: string) => void }) {
  const options = useMemo(() => countryOptions(), []);
  const [text, setText] = useState(() => countryLabel(code, options));
  const ids = { list: useId(), hint: useId() };
  const known = countryFromText(text, options);

  return (
    <label className="field">
      <span>Country for numbers typed without a country code</span>
      <input
        className="country-input"
        list={ids.list}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={ids.hint}
        aria-invalid={text.trim() !== '' && known === null}
        onChange={(e) => {
          setText(e.target.value);
          onChange(countryFromText(e.target.value, options) ?? e.target.value);
        }}
        onBlur={() => known && setText(countryLabel(known, options))}
      />
      <datalist id={ids.list}>
        {options.map((option) => (
          <option key={option.code} value={option.label} />
        ))}
      </datalist>
      <small id={ids.hint} className="muted">
        Type to search, then pick the country. Numbers of other countries need their + and country code.
      </small>
    </label>
  );
}
