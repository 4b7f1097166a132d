/**
 * Which fax application (the connection_id) and which of its numbers (the `from`) faxes go
 * out with: the same two choices in first run and in the sending defaults. First run starts
 * from nothing, so changing the application clears the number and inactive applications are
 * marked; the sending defaults start from a saved choice, which stays on show while the
 * account is looked up (or if it cannot be).
 */
import type { AccountSummary } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';

export interface Sender {
  connectionId: string | null;
  fromNumber: string | null;
}

export function SenderPicker({
  account,
  sender,
  onChange,
  firstRun,
}: {
  /** Null while the account is being looked up, or when it could not be. */
  account: AccountSummary | null;
  sender: Sender;
  onChange: (sender: Sender) => void;
  firstRun: boolean;
}) {
  const app = account?.applications.find((a) => a.id === sender.connectionId);
  const savedNumber = firstRun || !sender.fromNumber ? [] : [sender.fromNumber];
  const numbers = app?.numbers.map((n) => n.phoneNumber) ?? savedNumber;
  const noNumbers = firstRun && app !== undefined && app.numbers.length === 0;

  return (
    <>
      <label className="field">
        <span>Fax application</span>
        <select
          value={sender.connectionId ?? ''}
          disabled={!firstRun && !account}
          onChange={(e) =>
            onChange({ connectionId: e.target.value || null, fromNumber: firstRun ? null : sender.fromNumber })
          }
        >
          {firstRun && (
            <option value="" disabled>
              Choose…
            </option>
          )}
          {!firstRun && !account && (
            // Its name comes with the account: until then (or if it cannot be had), never the raw id.
            <option value={sender.connectionId ?? ''}>
              {sender.connectionId ? 'The fax application chosen before' : 'Not chosen'}
            </option>
          )}
          {account?.applications.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
              {firstRun && !a.active ? ' (inactive)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Send from</span>
        <select
          value={sender.fromNumber ?? ''}
          disabled={firstRun && !app}
          onChange={(e) => onChange({ ...sender, fromNumber: e.target.value || null })}
        >
          <option value="" disabled>
            {noNumbers ? 'No numbers on this application' : 'Choose…'}
          </option>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {formatFaxNumber(n)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
