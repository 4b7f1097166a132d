/**
 * Settings → Print to fax: which system this is, the folder the printers write into (it follows
 * the watched folder of Settings) and the Linux commands, from the main process; and on macOS,
 * installing "Fax with Faxdesk" with what came of it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MacServiceInstalled, PrintToFaxSetup } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { printToFaxKind, type PrintToFaxKind } from './print-to-fax-steps';

export interface MacInstall {
  busy: boolean;
  done: MacServiceInstalled | null;
  error: string | null;
}

export function usePrintToFax(watchFolder: string | null) {
  const [kind, setKind] = useState<PrintToFaxKind | null>(null);
  const [setup, setSetup] = useState<PrintToFaxSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [macInstall, setMacInstall] = useState<MacInstall>({ busy: false, done: null, error: null });

  useEffect(() => {
    let current = true;
    Promise.all([unwrap(faxdesk().app.info()), unwrap(faxdesk().print.setup())]).then(
      ([info, answer]) => {
        if (!current) return;
        setKind(printToFaxKind(info.platform));
        setSetup(answer);
      },
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
    // Asked again when the watched folder changes: the folder shown is always the one chosen.
  }, [watchFolder]);

  const installMacService = useCallback(() => {
    setMacInstall({ busy: true, done: null, error: null });
    unwrap(faxdesk().print.installMacService()).then(
      (done) => setMacInstall({ busy: false, done, error: null }),
      (e: unknown) => setMacInstall({ busy: false, done: null, error: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  return { kind, setup, error, macInstall, installMacService };
}
