/**
 * Says so plainly when Telnyx cannot be reached, or has asked Faxdesk to slow down: faxes
 * keep waiting in the outbox, and nothing is lost.
 */
import { useEffect, useState } from 'react';
import type { ConnectivityStatus } from '../../../../preload/contract';
import { clockTime, whenTime } from './format-time';

export function OfflineBanner({ connectivity }: { connectivity: ConnectivityStatus | null }) {
  const pausedUntil = usePauseInForce(connectivity?.pausedUntil ?? null);
  const offline = connectivity?.online === false;
  if (!offline && pausedUntil === null) return null;
  return (
    <div className="history-banner" role="status" data-testid="offline-banner">
      <svg className="history-banner-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.6 15 14H1ZM8 6.2v3.6M8 11.7v.1" />
      </svg>
      <div>
        {offline && (
          <>
            <p className="history-banner-title">
              Faxdesk cannot reach Telnyx. Faxes wait in the outbox and go out when the connection returns.
            </p>
            <p className="history-banner-detail">
              {connectivity.lastContactAt
                ? `Last checked with Telnyx at ${whenTime(connectivity.lastContactAt)}.`
                : 'Faxdesk has not reached Telnyx since it started.'}
            </p>
          </>
        )}
        {pausedUntil !== null && (
          <p className={offline ? 'history-banner-detail' : 'history-banner-title'}>
            Telnyx asked Faxdesk to slow down. Sending resumes at {clockTime(pausedUntil)}.
          </p>
        )}
      </div>
    </div>
  );
}

/** The pause while it lasts: null once its time has passed, without waiting for another event. */
function usePauseInForce(pausedUntil: number | null): number | null {
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (pausedUntil === null) return;
    const timer = setTimeout(() => setExpired(pausedUntil), Math.max(0, pausedUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [pausedUntil]);
  return pausedUntil !== null && expired !== pausedUntil ? pausedUntil : null;
}
