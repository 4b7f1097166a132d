/**
 * The command line's answer to the volume guard (engine/outbox/volume-guard.ts): the person at
 * the terminal is asked the same question the window's dialog asks. A script has no one to
 * ask, so it says --yes when it means to send that much; without either, the send is refused
 * in words rather than queued on nobody's say-so.
 */
import { FaxdeskError } from '../engine/errors';
import { faxCount } from '../engine/outbox/large-batch-question';
import type { ConfirmLargeBatch } from '../engine/outbox/volume-guard';
import type { CliIo } from './io';

export function terminalConfirmation(io: CliIo, assumeYes: boolean): ConfirmLargeBatch {
  return async (question) => {
    if (assumeYes) {
      io.err(`${question.title} Yes: --yes was given.`);
      return true;
    }
    const answer = await io.promptLine(
      `${question.title} ${question.message}\nType "yes" to ${question.confirmLabel.toLowerCase()}, anything else not to: `,
    );
    if (answer === null) {
      throw new FaxdeskError(
        'not_confirmed',
        `Nothing was queued: sending ${faxCount(question.faxes)} now needs confirming (more than ${question.limits.atOnce} ` +
          `at once, or more than ${question.limits.perHour} in an hour), and there is no terminal to ask.`,
        { whatToDo: 'Run the command in a terminal to answer, or add --yes if a script means to send them.' },
      );
    }
    return /^\s*y(es)?\s*$/i.test(answer);
  };
}
