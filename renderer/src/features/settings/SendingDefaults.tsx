/**
 * The defaults every new fax starts from, each section saved on its own: the fax itself
 * (quality, paper, numbers' home country), redialling, and the cover page. Saved through
 * settings:update, which checks each value again in the main process.
 */
import type { Settings } from '../../../../preload/contract';
import { QUALITY_LABELS, type FaxQuality } from '../../../../domain/fax-quality';
import { ConfidentialityNoticeField } from './ConfidentialityNoticeField';
import { CostlyNumbersSetting } from './CostlyNumbersSetting';
import { PaperAndCountryFields } from './PaperAndCountryFields';
import { RedialFields } from './RedialFields';
import { SenderNameField } from './SenderNameField';
import { SettingsSection } from './SettingsSection';
import { useSettingsSection } from './use-settings-section';
import { useStandardNotice } from './use-standard-notice';

const TWO_LETTERS = /^[A-Z]{2}$/;

export function SendingDefaults({ settings }: { settings: Settings }) {
  const faxes = useSettingsSection(settings, (draft) =>
    TWO_LETTERS.test(draft.defaultCountry)
      ? { defaultQuality: draft.defaultQuality, paperSize: draft.paperSize, defaultCountry: draft.defaultCountry }
      : 'Choose a country from the list, such as United States (+1).',
  );
  const redial = useSettingsSection(settings, (draft) => ({
    redialAttempts: draft.redialAttempts,
    redialDelayMinutes: draft.redialDelayMinutes,
  }));
  const cover = useSettingsSection(settings, (draft) => ({
    senderName: draft.senderName?.trim() || null,
    confidentialityNotice: draft.confidentialityNotice,
  }));
  const standardNotice = useStandardNotice();

  return (
    <section className="card settings" aria-labelledby="defaults-title">
      <h2 id="defaults-title">Sending defaults</h2>
      <SettingsSection title="Faxes" state={faxes}>
        <label className="field">
          <span>Default quality</span>
          <select
            value={faxes.draft.defaultQuality}
            onChange={(e) => faxes.change('defaultQuality', e.target.value as FaxQuality)}
          >
            {Object.entries(QUALITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <PaperAndCountryFields draft={faxes.draft} change={faxes.change} />
      </SettingsSection>
      <SettingsSection title="Redialling" state={redial}>
        <RedialFields draft={redial.draft} change={redial.change} />
      </SettingsSection>
      <SettingsSection title="Cover pages" state={cover}>
        <SenderNameField name={cover.draft.senderName} onChange={(name) => cover.change('senderName', name)} />
        <ConfidentialityNoticeField
          notice={cover.draft.confidentialityNotice}
          savedNotice={settings.confidentialityNotice}
          standardNotice={standardNotice}
          onChange={(notice) => cover.change('confidentialityNotice', notice)}
        />
      </SettingsSection>
      {/* Saved on its own, at once: turning it on is confirmed in a dialog of the main process. */}
      <CostlyNumbersSetting settings={settings} />
    </section>
  );
}
