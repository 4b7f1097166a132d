/** "Replace the key": the new key's form, which takes the focus as it opens. */
import { useEffect, useRef } from 'react';
import { CredentialsForm, type CredentialsInput } from '../onboarding/CredentialsForm';

export function ReplaceKeyForm({
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  error: string | null;
  onSubmit: (input: CredentialsInput) => Promise<boolean>;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);

  return (
    <div ref={formRef} className="account-replace" role="group" aria-labelledby="account-replace-title">
      <h3 id="account-replace-title">Replace the key</h3>
      <p className="muted">
        The new key is checked with Telnyx first; until it is accepted, Faxdesk keeps using the current one.
      </p>
      <CredentialsForm submitLabel="Replace key" busy={busy} error={error} onSubmit={onSubmit}>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </CredentialsForm>
    </div>
  );
}
