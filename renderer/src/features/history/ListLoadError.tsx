/** A fax list whose page could not be loaded says why, with a way to try again. */
export function ListLoadError({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  if (!error) return null;
  return (
    <div className="history-load-error" role="alert">
      <p className="error">{error}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
