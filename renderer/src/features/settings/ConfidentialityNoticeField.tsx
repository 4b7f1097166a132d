/**
 * The confidentiality notice printed on cover pages: on or off, its text, and a way back to
 * the standard text after it was changed.
 */
export function ConfidentialityNoticeField({
  notice,
  savedNotice,
  standardNotice,
  onChange,
}: {
  /** The draft's notice; null when switched off. */
  notice: string | null;
  /** The notice as last saved, offered again when it is switched back on. */
  savedNotice: string | null;
  standardNotice: string | null;
  onChange: (notice: string | null) => void;
}) {
  return (
    <fieldset className="field">
      <legend>Confidentiality notice on cover pages</legend>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={notice !== null}
          onChange={(e) =>
            // Switched back on: the saved text, or the standard one if it was off when saved.
            onChange(e.target.checked ? (savedNotice ?? standardNotice ?? '') : null)
          }
        />
        Print a confidentiality notice
      </label>
      {notice !== null && (
        <textarea
          rows={4}
          maxLength={1500}
          aria-label="Confidentiality notice"
          value={notice}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {notice !== null && standardNotice !== null && notice !== standardNotice && (
        <button type="button" className="link" onClick={() => onChange(standardNotice)}>
          Use the standard notice
        </button>
      )}
    </fieldset>
  );
}
