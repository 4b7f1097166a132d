/**
 * Send a fax: documents in (dropped or picked), numbers in, optional cover page and
 * options, Send. Nothing here decides whether a file or a number is good on its own
 * authority: files are checked by the engine as they arrive, numbers with the engine's
 * rules, and whatever the engine still refuses on Send is shown as it says it.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FaxQuality, Settings } from '../../../../preload/contract';
import { useSettings } from '../../data/SettingsProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { useShortcut } from '../shortcuts/use-shortcut';
import { CoverFields } from './CoverFields';
import { DropZone } from './DropZone';
import { FileList } from './FileList';
import { RecipientsField } from './RecipientsField';
import { SendBar } from './SendBar';
import { SendOptions } from './SendOptions';
import { SendPreview } from './SendPreview';
import { previewRequest } from './preview-request';
import {
  coverRequest,
  documentPages,
  scheduledTime,
  sendBlockers,
  sendWarnings,
  type CoverDraft,
  type Recipient,
  type ScheduleDraft,
  type SendDraft,
  type SendFile,
} from './send-model';
import { checkingCount, pageSummary } from './page-summary';
import { useSendFiles } from './use-send-files';
import { useWatchedFiles } from './use-watched-files';
import './send.css';

export function SendScreen({ onSent, draft }: { onSent?: () => void; draft?: SendDraft }) {
  // The desk is shown only once the settings are loaded (App waits for them).
  const settings = useSettings();
  // A new key after each send starts a fresh form: files, numbers and options all cleared.
  const [formKey, setFormKey] = useState(0);

  return (
    <section className="send-screen" aria-labelledby="send-title">
      <h2 id="send-title">Send a fax</h2>
      {settings && (
        <SendForm
          key={formKey}
          settings={settings}
          // Only the first form starts from the draft; after a send the form starts empty.
          draft={formKey === 0 ? draft : undefined}
          onSent={() => {
            setFormKey((key) => key + 1);
            onSent?.();
          }}
        />
      )}
    </section>
  );
}

function SendForm({ settings, onSent, draft }: { settings: Settings; onSent: () => void; draft?: SendDraft }) {
  const { files, add, addHeld, remove, move } = useSendFiles(draft?.files);
  const [recipients, setRecipients] = useState<Recipient[]>(
    () => draft?.numbers.map((number) => ({ number, name: null })) ?? [],
  );
  const [draftNumber, setDraftNumber] = useState('');
  const [cover, setCover] = useState<CoverDraft>({ enabled: false, subject: '', message: '' });
  const [quality, setQuality] = useState<FaxQuality>(settings.defaultQuality);
  const [schedule, setSchedule] = useState<ScheduleDraft>({ enabled: false, at: '' });
  const [announcement, setAnnouncement] = useState('');
  const now = useClock(15_000);
  const sending = useAsyncAction();
  const dropZone = useRef<HTMLButtonElement>(null);
  const ids = { documents: useId(), recipients: useId(), options: useId() };

  const blockers = sendBlockers({ files, recipients, draftNumber, schedule, now });
  const warnings = sendWarnings({ cover, senderName: settings.senderName });
  const pages = documentPages(files);
  const checking = checkingCount(files);
  const at = scheduledTime(schedule, now);

  useWatchedFiles((document, source) => {
    addHeld(document);
    setAnnouncement(`Added ${document.name}, ${source}.`);
  });

  const addFiles = (incoming: File[]) => {
    add(incoming);
    setAnnouncement(`Added ${incoming.map((file) => file.name).join(', ')}. Checking…`);
  };

  const send = async () => {
    // Checked again with the time of the click: the form may have been open a while.
    const scheduledAt = scheduledTime(schedule, Date.now());
    const ready = files.filter((file): file is SendFile & { token: string } => file.token !== null);
    if (scheduledAt === 'invalid') {
      sending.setError('The time chosen under Send later has passed. Choose a time in the future, or turn it off.');
      return;
    }
    if (ready.length !== files.length) return;
    const created = await sending.run(() =>
      unwrap(
        faxdesk().jobs.create({
          documents: ready.map((file) => file.token),
          recipients: recipients.map(({ number, name }) => ({ number, name })),
          cover: coverRequest(cover),
          quality,
          scheduledAt,
        }),
      ),
    );
    if (created) onSent();
  };

  // Ctrl/⌘+Enter does what the Send button does, and only when it could be pressed.
  useShortcut('send', () => {
    if (blockers.length === 0 && !sending.busy) void send();
  });

  return (
    <div className="send-layout">
      <section className="send-panel send-documents" aria-labelledby={ids.documents}>
        <div className="send-panel-heading">
          <h3 id={ids.documents}>Documents</h3>
          {files.length > 0 && (
            <span className="send-panel-note">
              {files.length === 1 ? '1 file' : `${files.length} files`} ·{' '}
              {pageSummary({ documentPages: pages, withCover: false, checking }).total}
            </span>
          )}
        </div>
        <DropZone ref={dropZone} onFiles={addFiles} compact={files.length > 0} />
        <FileList
          files={files}
          onMove={move}
          onRemove={remove}
          onEmptied={() => dropZone.current?.focus()}
          announce={setAnnouncement}
        />
      </section>

      <div className="send-side">
        <section className="send-panel" aria-labelledby={ids.recipients}>
          <h3 id={ids.recipients}>Recipients</h3>
          <RecipientsField
            recipients={recipients}
            onRecipientsChange={setRecipients}
            draft={draftNumber}
            onDraftChange={setDraftNumber}
            country={settings.defaultCountry}
            announce={setAnnouncement}
          />
        </section>

        <section className="send-panel" aria-labelledby={ids.options}>
          <h3 id={ids.options}>Cover page and options</h3>
          <CoverFields cover={cover} onChange={setCover} />
          <SendOptions
            quality={quality}
            onQualityChange={setQuality}
            schedule={schedule}
            onScheduleChange={setSchedule}
            now={now}
          />
        </section>

        <SendBar
          documentPages={pages}
          checking={checking}
          withCover={cover.enabled}
          recipients={recipients.length}
          scheduledAt={typeof at === 'number' ? at : null}
          blockers={blockers}
          warnings={warnings}
          busy={sending.busy}
          error={sending.error}
          onSend={() => void send()}
          preview={
            <SendPreview
              request={previewRequest(files, recipients, cover)}
              quality={quality}
              recipientCount={recipients.length}
            />
          }
        />
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The current time, refreshed every `intervalMs`: enough to notice a scheduled time slipping into the past. */
function useClock(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  const tick = useCallback(() => setNow(Date.now()), []);
  useEffect(() => {
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [tick, intervalMs]);
  return now;
}
