/** The confidentiality notice Faxdesk ships with, to offer again; null until known (or if it cannot be had). */
import { useEffect, useState } from 'react';
import { faxdesk, unwrap } from '../../lib/api';

export function useStandardNotice(): string | null {
  const [standardNotice, setStandardNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(faxdesk().settings.standardNotice()).then(
      (text) => live && setStandardNotice(text),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return standardNotice;
}
