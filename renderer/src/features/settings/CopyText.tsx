/** Text to paste into a terminal, shown as it is, with a button that copies it and says so. */
import { useState } from 'react';

export function CopyText({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="copy-text">
      <pre>
        <code>{text}</code>
      </pre>
      <div className="actions">
        <button type="button" onClick={copy} aria-label={label}>
          Copy
        </button>
        {copied === 'yes' && <span role="status">Copied.</span>}
        {copied === 'failed' && <span role="status">Select the text and copy it.</span>}
      </div>
    </div>
  );
}
