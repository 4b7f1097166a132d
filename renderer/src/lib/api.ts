/** Typed access to the bridge the preload exposes. Components import from here, not `window`. */
import type { IpcError, Result } from '../../../preload/contract';

export const faxdesk = () => window.faxdesk;

/** Raised by `unwrap` so components can show the main process's plain-language message. */
export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiError(settled.error);
  return settled.value;
}
