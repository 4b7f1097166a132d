/** Every error the engine raises on purpose reaches the page under its own code. */
import { describe, expect, it } from 'vitest';
import { ENGINE_ERROR_CODES, IPC_ERROR_CODES, IPC_ONLY_ERROR_CODES } from '../../../domain/error-codes';

describe('error codes', () => {
  it('are each listed once, the IPC layer’s own apart from the engine’s', () => {
    expect(new Set(IPC_ERROR_CODES).size).toBe(IPC_ERROR_CODES.length);
    expect(IPC_ERROR_CODES.length).toBe(ENGINE_ERROR_CODES.length + IPC_ONLY_ERROR_CODES.length);
    for (const code of ENGINE_ERROR_CODES) expect(IPC_ERROR_CODES).toContain(code);
  });
});
