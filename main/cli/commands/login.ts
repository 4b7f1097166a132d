/** faxdesk login [--api-key K | --key-id I --secret S] [--api-base URL] */
import { parseArgs } from 'node:util';
import type { TelnyxCredentials } from '../../engine/secrets/secret-store';
import { withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { printAccount } from './account';

export const loginHelp = `Usage: faxdesk login [--api-key KEY | --key-id ID --secret SECRET] [--api-base URL]

Checks the credentials with Telnyx and, if Telnyx accepts them, keeps them in the system
keychain. With no options, asks for the API key without showing it (safer than a flag,
which other programs on this computer can see).

  --api-key KEY     a Telnyx API key (starts with KEY)
  --key-id ID       legacy key + secret pair: the key
  --secret SECRET   legacy key + secret pair: the secret
  --api-base URL    talk to another Telnyx-compatible API, e.g. a sandbox's http://127.0.0.1:PORT/v2`;

export async function login(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'api-key': { type: 'string' },
      'key-id': { type: 'string' },
      secret: { type: 'string' },
      'api-base': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const credentials = await credentialsFrom(values, io);
  const apiBase = values['api-base'] ?? null;
  if (apiBase !== null && !/^https?:\/\/\S+$/.test(apiBase)) throw new UsageError('--api-base must be an http(s) URL');

  return withContext(io, async ({ engine }) => {
    const status = await engine.credentials.save(credentials, apiBase);
    io.out(
      `Connected to Telnyx with ${status.kind === 'key_secret' ? 'key and secret' : 'API key'} ${status.hint ?? ''}; ` +
        'saved in the system keychain.',
    );
    await printAccount(engine, io, false);
    return 0;
  });
}

async function credentialsFrom(
  values: { 'api-key'?: string; 'key-id'?: string; secret?: string },
  io: CliIo,
): Promise<TelnyxCredentials> {
  const { 'api-key': apiKey, 'key-id': keyId, secret } = values;
  if (apiKey !== undefined && (keyId !== undefined || secret !== undefined)) {
    throw new UsageError('give either --api-key, or --key-id with --secret, not both');
  }
  if (apiKey !== undefined) return { kind: 'api_key', apiKey: nonEmpty(apiKey, '--api-key') };
  if (keyId !== undefined || secret !== undefined) {
    if (keyId === undefined || secret === undefined) throw new UsageError('--key-id and --secret go together');
    return { kind: 'key_secret', keyId: nonEmpty(keyId, '--key-id'), secret: nonEmpty(secret, '--secret') };
  }
  const typed = await io.promptSecret('Telnyx API key: ');
  if (typed === null) throw new UsageError('no terminal to ask for the key: give --api-key (or --key-id and --secret)');
  return { kind: 'api_key', apiKey: nonEmpty(typed, 'the API key') };
}

function nonEmpty(value: string, what: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new UsageError(`${what} is empty`);
  return trimmed;
}
