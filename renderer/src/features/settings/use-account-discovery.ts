/** The Telnyx account's fax applications and numbers, looked up once when a sender is to be chosen. */
import { useEffect, useState } from 'react';
import type { AccountSummary } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export function useAccountDiscovery() {
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const discovery = useAsyncAction();
  const { run } = discovery;

  useEffect(() => {
    void run(async () => setAccount(await unwrap(faxdesk().account.discover())));
  }, [run]);

  return { account, busy: discovery.busy, error: discovery.error };
}
