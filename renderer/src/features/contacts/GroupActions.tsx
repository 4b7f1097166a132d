/** Rename or delete the chosen group: rename in place (Enter saves, Escape leaves), delete with a second step. */
import { useState } from 'react';
import type { ContactGroupView } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { DeleteWithConfirmation } from '../../components/DeleteWithConfirmation';

export function GroupActions({ group, onDeleted }: { group: ContactGroupView; onDeleted: () => void }) {
  const [name, setName] = useState<string | null>(null);
  const action = useAsyncAction();
  const rename = async () => {
    if (name === null || !name.trim()) return;
    const done = await action.run(() => unwrap(faxdesk().contacts.renameGroup(group.id, name.trim())));
    if (done) setName(null);
  };
  return (
    <div className="contacts-group-actions">
      {name === null ? (
        <button type="button" className="link" onClick={() => setName(group.name)}>
          Rename “{group.name}”…
        </button>
      ) : (
        <form
          className="contacts-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void rename();
          }}
        >
          <label>
            <span>New name for “{group.name}”</span>
            <input
              type="text"
              value={name}
              maxLength={100}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setName(null);
                }
              }}
            />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={action.busy || !name.trim()}>
              Rename
            </button>
            <button type="button" onClick={() => setName(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      <DeleteWithConfirmation
        ask={`Delete group “${group.name}”…`}
        question={`Delete the group “${group.name}”? Its ${group.memberCount === 1 ? 'contact stays' : 'contacts stay'} in your address book.`}
        confirm="Delete group"
        keep="Keep it"
        onDelete={async () => {
          await unwrap(faxdesk().contacts.removeGroup(group.id));
          onDeleted();
        }}
      />
    </div>
  );
}
