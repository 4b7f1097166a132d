/** Which account Faxdesk is signed in with; never the key itself. The sender is chosen beside it (SenderSection). */
import type { CredentialStatus } from '../../../../preload/contract';

export function AccountFacts({ credentials }: { credentials: CredentialStatus }) {
  const sandbox = credentials.source === 'sandbox';
  return (
    <dl className="facts">
      <dt>Signed in with</dt>
      <dd data-testid="account-credentials">
        {sandbox
          ? 'Sandbox key'
          : `${credentials.kind === 'key_secret' ? 'Key and secret' : 'API key'} ${credentials.hint ?? ''}`}
        {credentials.source === 'environment' ? ' (from TELNYX_API_KEY)' : ''}
      </dd>
    </dl>
  );
}
