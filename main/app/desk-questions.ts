/**
 * Questions only the person at the desk may answer, asked outside the page: a large send (the
 * engine's volume guard) and turning on premium-rate and satellite numbers. A page that was
 * made to misbehave can call any channel, but it cannot click a native dialog; in the app
 * these are Electron's message boxes (native-dialogs.ts), in the browser tests the test answers
 * as the person would. Free of Electron, so both use the same wording and rules.
 */
import { FaxdeskError } from '../engine/errors';
import { ALLOW_COSTLY_NUMBERS_LABEL } from '../engine/numbers/costly-numbers';

export interface DeskQuestion {
  title: string;
  message: string;
  /** The button that says yes. */
  confirmLabel: string;
  /** The one that says no; it is the default, so a reflexive Enter does not say yes. */
  declineLabel: string;
}

/** Asks the person; true when they chose `confirmLabel`. The engine's ConfirmLargeBatch fits this shape. */
export type AskPerson = (question: DeskQuestion) => Promise<boolean>;

export const ALLOW_COSTLY_NUMBERS_QUESTION: DeskQuestion = {
  title: 'Allow premium-rate and satellite numbers?',
  message:
    'Faxes could then go to premium-rate numbers (such as +1 900, +44 909 or +49 900), satellite phones ' +
    '(+870, +881, +882) and international premium-rate numbers (+979). A call to one can cost many times an ' +
    `ordinary call, charged to your Telnyx account. If you did not just turn on "${ALLOW_COSTLY_NUMBERS_LABEL}" ` +
    'in Settings, choose "Keep them refused".',
  confirmLabel: 'Allow them',
  declineLabel: 'Keep them refused',
};

/** When there is no way to ask (a desk composed without dialogs), the answer is no. */
export const cannotAsk: AskPerson = () =>
  Promise.reject(
    new FaxdeskError(
      'not_confirmed',
      'That was not done: it needs your confirmation in a Faxdesk dialog, and Faxdesk could not show one.',
    ),
  );

/**
 * One question open at a time: a request that would ask while one is open is refused as busy,
 * so a flood of requests shows the person one dialog, not a stack of them.
 */
export function oneQuestionAtATime(ask: AskPerson): AskPerson {
  let open = false;
  return async (question) => {
    if (open) {
      throw new FaxdeskError(
        'busy',
        'That was not done: Faxdesk is already asking you something. Answer that question first, then try again.',
      );
    }
    open = true;
    try {
      return (await ask(question)) === true;
    } finally {
      open = false;
    }
  };
}
