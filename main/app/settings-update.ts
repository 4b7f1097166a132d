/**
 * settings:update, with the two checks a page must not get past: a new fax application or
 * number is checked against the Telnyx account (engine/account/sender-check.ts), and turning on
 * premium-rate and satellite numbers needs the person's yes in a native dialog. Either refusal
 * leaves every setting as it was; turning the numbers off again needs no question.
 */
import type { Engine } from '../engine/engine';
import { checkSender, senderChanges } from '../engine/account/sender-check';
import { FaxdeskError } from '../engine/errors';
import { ALLOW_COSTLY_NUMBERS_QUESTION, type AskPerson } from './desk-questions';
import type { Settings } from '../../domain/settings';

export async function updateSettings(engine: Engine, ask: AskPerson, patch: Partial<Settings>): Promise<Settings> {
  const current = engine.settings.get();
  const next = { ...current, ...patch };
  if (senderChanges(current, next)) await checkSender(() => engine.accountConnection.client(), next);
  if (next.allowPremiumAndSatelliteNumbers && !current.allowPremiumAndSatelliteNumbers) {
    if (!(await ask(ALLOW_COSTLY_NUMBERS_QUESTION))) {
      throw new FaxdeskError(
        'not_confirmed',
        'Premium-rate and satellite numbers stay refused: you chose to keep them refused. Nothing was changed.',
      );
    }
  }
  return engine.settings.update(patch);
}
