/**
 * The only pages Faxdesk opens in the person's browser: addresses the app chose itself, listed
 * here. A page that asks to open something (window.open, a link with target=_blank, a link it
 * tries to follow) gets one of these opened only when it asked for exactly that address, and
 * what is opened is the app's own string, never the page's. Anything else is simply refused:
 * a compromised page cannot use the browser to reach a site of its choosing, a file: or a
 * custom-protocol handler on the computer.
 *
 * Free of Electron; window.ts hands the matches to shell.openExternal.
 */
export const EXTERNAL_LINKS = {
  /** Telnyx's Mission Control Portal: API keys, fax applications, numbers. */
  telnyxPortal: 'https://portal.telnyx.com/',
  /** How to make an API key in the portal. */
  telnyxApiKeysHelp: 'https://developers.telnyx.com/development/api-fundamentals/create-api-keys',
  /** Telnyx's guide to Programmable Fax: a fax application and a number. */
  telnyxFaxGuide: 'https://developers.telnyx.com/docs/programmable-fax/get-started',
} as const;

export type ExternalLinkId = keyof typeof EXTERNAL_LINKS;

/** The app's own address that `requested` names exactly (after URL normalisation), or null. */
export function chosenExternalLink(requested: string): string | null {
  const wanted = normalised(requested);
  if (wanted === null) return null;
  for (const link of Object.values(EXTERNAL_LINKS)) if (normalised(link) === wanted) return link;
  return null;
}

function normalised(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}
