/**
 * Where a key moves the active row of a long list (history, the inbox, the address book): the
 * arrows one row, Page Up/Down a screenful, Home and End the ends. Pure; undefined for any
 * other key.
 */
export function rowKeyTarget(key: string, active: number, count: number, page: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: active + 1,
    ArrowUp: active - 1,
    PageDown: active + page,
    PageUp: active - page,
    Home: 0,
    End: count - 1,
  };
  return moves[key];
}
