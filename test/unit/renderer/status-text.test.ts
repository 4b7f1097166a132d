/** The status bar's words: sandbox mode never passes for Telnyx, and the system is named as people say it. */
import { expect, it } from 'vitest';
import { connectionText } from '../../../renderer/src/components/status-text';
import { platformName } from '../../../renderer/src/lib/platform-name';

const online = { online: true, lastContactAt: Date.UTC(2026, 0, 5, 14, 5), pausedUntil: null };

it('says Online and when Telnyx last answered, outside sandbox mode', () => {
  const shown = connectionText(online, false);
  expect(shown.state).toBe('online');
  expect(shown.text).toMatch(/^Online · last checked with Telnyx at /);
});

it('never speaks of Telnyx being online in sandbox mode', () => {
  for (const status of [online, null, { online: null, lastContactAt: null, pausedUntil: null }]) {
    const shown = connectionText(status, true);
    expect(shown.state).toBe('sandbox');
    expect(shown.text).toMatch(/^The built-in sandbox stands in for Telnyx/);
    expect(shown.text).not.toMatch(/Online|checked with Telnyx/);
  }
});

it('says when nothing has been heard yet, and when Telnyx cannot be reached', () => {
  expect(connectionText(null, false)).toEqual({ text: 'Not in touch with Telnyx yet', state: 'unknown' });
  expect(connectionText({ ...online, online: false }, false).text).toMatch(/^Offline — faxes wait in the outbox/);
});

it('names the system and its word size in plain words', () => {
  expect(platformName('linux', 'x64')).toBe('Linux, 64-bit');
  expect(platformName('darwin', 'arm64')).toBe('macOS, ARM 64-bit');
  expect(platformName('win32', 'ia32')).toBe('Windows, 32-bit');
  expect(platformName('sunos', 'mips')).toBe('sunos, mips');
});
