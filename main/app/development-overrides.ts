/**
 * The environment variables that point a development run of Faxdesk elsewhere: another data
 * folder (FAXDESK_HOME), another Telnyx (FAXDESK_API_BASE) and electron-vite's dev server
 * (ELECTRON_RENDERER_URL). An installed Faxdesk takes none of them: anything able to set a
 * variable before launching it could otherwise send the stored key to another host, or show
 * another page with the whole bridge. The command line reads its own variables (main/cli).
 *
 * Free of Electron, so the rule is tested as it runs; main/app/index.ts passes app.isPackaged.
 */

export interface DevelopmentOverrides {
  /** FAXDESK_HOME: the data folder instead of the app's own. */
  dataDir?: string;
  /** FAXDESK_API_BASE: the API base URL, used like the SDK's baseURL. */
  apiBase?: string;
  /** ELECTRON_RENDERER_URL: the dev server's page instead of the built one. */
  rendererUrl?: string;
}

export interface OverrideSources {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export const OVERRIDE_VARIABLES = ['FAXDESK_HOME', 'FAXDESK_API_BASE', 'ELECTRON_RENDERER_URL'] as const;

/** The overrides to use: none when packaged; otherwise those set (the page only as an http(s) URL). */
export function developmentOverrides({ isPackaged, env }: OverrideSources): DevelopmentOverrides {
  if (isPackaged) return {};
  const overrides: DevelopmentOverrides = {};
  const dataDir = setValue(env['FAXDESK_HOME']);
  const apiBase = setValue(env['FAXDESK_API_BASE']);
  const rendererUrl = setValue(env['ELECTRON_RENDERER_URL']);
  if (dataDir) overrides.dataDir = dataDir;
  // The engine decides where a key may go (main/engine/account/api-destination.ts).
  if (apiBase) overrides.apiBase = apiBase;
  if (rendererUrl && isWebUrl(rendererUrl)) overrides.rendererUrl = rendererUrl;
  return overrides;
}

/** Variables that are set but not used, and why, so the log can say why they had no effect. */
export function ignoredOverrides(sources: OverrideSources): { name: string; reason: string }[] {
  const used = developmentOverrides(sources);
  const usedFor: Record<(typeof OVERRIDE_VARIABLES)[number], string | undefined> = {
    FAXDESK_HOME: used.dataDir,
    FAXDESK_API_BASE: used.apiBase,
    ELECTRON_RENDERER_URL: used.rendererUrl,
  };
  const reason = sources.isPackaged
    ? 'an installed Faxdesk takes no development overrides'
    : 'it is not an http(s) URL';
  return OVERRIDE_VARIABLES.filter((name) => setValue(sources.env[name]) && !usedFor[name]).map((name) => ({
    name,
    reason,
  }));
}

function setValue(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
