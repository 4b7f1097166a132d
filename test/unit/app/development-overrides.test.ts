/**
 * An installed Faxdesk takes no development overrides from its environment: not the data
 * folder, not the API base its stored key would be sent to, not the page it shows with the
 * whole bridge. A development run takes them all.
 */
import { describe, expect, it } from 'vitest';
import { developmentOverrides, ignoredOverrides } from '../../../main/app/development-overrides';

const env = {
  FAXDESK_HOME: '/tmp/other-desk',
  FAXDESK_API_BASE: 'https://evil.example/v2',
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
  PATH: '/usr/bin',
};

describe('developmentOverrides()', () => {
  it('ignores every override when packaged', () => {
    expect(developmentOverrides({ isPackaged: true, env })).toEqual({});
    const installed = 'an installed Faxdesk takes no development overrides';
    expect(ignoredOverrides({ isPackaged: true, env })).toEqual([
      { name: 'FAXDESK_HOME', reason: installed },
      { name: 'FAXDESK_API_BASE', reason: installed },
      { name: 'ELECTRON_RENDERER_URL', reason: installed },
    ]);
  });

  it('takes them all in a development run', () => {
    expect(developmentOverrides({ isPackaged: false, env })).toEqual({
      dataDir: '/tmp/other-desk',
      apiBase: 'https://evil.example/v2',
      rendererUrl: 'http://localhost:5173',
    });
    expect(ignoredOverrides({ isPackaged: false, env })).toEqual([]);
  });

  it('treats unset and empty variables alike', () => {
    const blank = { FAXDESK_HOME: '', FAXDESK_API_BASE: '  ' };
    expect(developmentOverrides({ isPackaged: false, env: blank })).toEqual({});
    expect(developmentOverrides({ isPackaged: false, env: {} })).toEqual({});
    expect(ignoredOverrides({ isPackaged: true, env: blank })).toEqual([]);
  });

  it('takes a dev server page only as an http(s) URL', () => {
    for (const page of ['file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      const sources = { isPackaged: false, env: { ELECTRON_RENDERER_URL: page } };
      expect(developmentOverrides(sources), page).toEqual({});
      expect(ignoredOverrides(sources), page).toEqual([
        { name: 'ELECTRON_RENDERER_URL', reason: 'it is not an http(s) URL' },
      ]);
    }
    expect(
      developmentOverrides({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'https://localhost:5173/' } }),
    ).toEqual({ rendererUrl: 'https://localhost:5173/' });
  });
});
