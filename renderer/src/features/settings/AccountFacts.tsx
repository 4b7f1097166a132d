/** Which account Faxdesk is signed in with, and the sender it uses; never the key itself. */
import type { CredentialStatus, Settings } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';

export function AccountFacts({ credentials, settings }: { credentials: CredentialStatus; settings: Settings }) {
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
      <dt>Sending from</dt>
      <dd data-testid="account-from">{settings.fromNumber ? formatFaxNumber(settings.fromNumber) : 'Not chosen'}</dd>
      <dt>Fax application</dt>
      <dd data-testid="account-connection">{settings.connectionId ?? 'Not chosen'}</dd>
    </dl>
  );
}
