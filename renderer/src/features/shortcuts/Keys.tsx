/** A key combination as it is printed on the keyboard: "Ctrl + Enter", each key in its own <kbd>. */
import { Fragment } from 'react';
import './shortcuts.css';

export function Keys({ keys }: { keys: string[] }) {
  return (
    <kbd className="keys">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && ' + '}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}
