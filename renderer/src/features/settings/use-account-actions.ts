/**
 * What can be done with the account in use: replace its key in place (checked with Telnyx
 * before the old one is let go, and the sender kept only if the new account has it), or sign
 * out, which leads back to first run.
 */
import { useState } from 'react';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import type { CredentialsInput } from '../onboarding/CredentialsForm';
import type { AccountProps } from './AccountPanel';

export function useAccountActions({ credentials, onAccountChanged }: AccountProps) {
  const signingOut = useAsyncAction();
  const replacing = useAsyncAction();
  const [replaced, setReplaced] = useState<string | null>(null);
  const sandbox = credentials.source === 'sandbox';

  /** True when the key was accepted. */
  const replace = async (input: CredentialsInput): Promise<boolean> => {
    const status = await replacing.run(() => unwrap(faxdesk().credentials.save(input)));
    if (!status) return false;
    // The key is in; if the account cannot be looked at just now, the sender stays as it was.
    const checked = await keepSenderValid().then(
      () => true,
      () => false,
    );
    setReplaced(
      checked
        ? 'Key replaced. Telnyx accepted it.'
        : 'Key replaced. Telnyx accepted it, but its fax applications could not be checked just now.',
    );
    onAccountChanged(status);
    return true;
  };

  const signOut = async () => {
    const status = await signingOut.run(() =>
      unwrap(sandbox ? faxdesk().sandbox.setEnabled(false) : faxdesk().credentials.clear()),
    );
    if (status) onAccountChanged(status);
  };

  return { replace, replacing, replaced, setReplaced, signOut, signingOut };
}

/**
 * A new key may belong to another account: discovering it keeps the chosen fax application and
 * number only if that account has them (or picks its only ones); otherwise it clears them, and
 * first run asks again. The main process saves that choice itself, once; App reads the settings
 * again when told the account changed.
 */
async function keepSenderValid(): Promise<void> {
  await unwrap(faxdesk().account.discover());
}
