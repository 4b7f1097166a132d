/**
 * A fax sent on the sandbox account by someone other than the desk under test — another desk, a
 * script, the portal: created straight at the API, with no client_state of the desk's own.
 */
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, type Sandbox } from '../../main/sandbox';

export async function sendElsewhere(telnyx: Sandbox, to: string): Promise<string> {
  const response = await fetch(`${telnyx.baseUrl}/faxes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_KEYS.accepted}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      connection_id: SANDBOX_FAX_APP_ID,
      from: '+12025550181',
      to,
      media_url: 'https://example.com/portal-upload.pdf',
      client_state: Buffer.from('sent by a script', 'utf8').toString('base64'),
    }),
  });
  if (!response.ok) throw new Error(`the sandbox refused the fax: ${response.status}`);
  return ((await response.json()) as { data: { id: string } }).data.id;
}
