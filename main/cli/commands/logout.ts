/** faxdesk logout: removes the Telnyx credentials from the keychain and leaves sandbox mode. */
import { withContext } from '../context';
import { UsageError, type CliIo } from '../io';

export async function logout(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) throw new UsageError(`logout takes no arguments (got ${args.join(' ')})`);
  return withContext(io, async ({ engine }) => {
    if (engine.settings.get().sandboxMode) engine.settings.update({ sandboxMode: false });
    await engine.credentials.clear();
    io.out('Signed out: Faxdesk no longer holds Telnyx credentials in the system keychain.');
    if (io.env['TELNYX_API_KEY']) io.out('Note: TELNYX_API_KEY is still set in this shell and will be used.');
    return 0;
  });
}
