/**
 * The address book's contacts and groups matching what is typed in the recipients field, asked
 * of the main process after a short pause (contacts:suggest), so each key press does not query.
 */
import { useEffect, useState } from 'react';
import type { RecipientSuggestionView } from '../../../../preload/contract';
import { faxdesk } from '../../lib/api';

const PAUSE_MS = 120;

export function useContactSuggestions(typed: string): RecipientSuggestionView[] {
  const [found, setFound] = useState<{ typed: string; suggestions: RecipientSuggestionView[] }>({
    typed: '',
    suggestions: [],
  });
  const text = typed.trim();
  useEffect(() => {
    if (!text) return;
    let current = true;
    const timer = setTimeout(() => {
      void faxdesk()
        .contacts.suggest(text)
        .then((result) => {
          if (current && result.ok) setFound({ typed: text, suggestions: result.value });
        });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  // What was found for an earlier text stays offered until the new answer comes, unless the field is empty.
  return text ? found.suggestions : [];
}
