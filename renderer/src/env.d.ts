import type { FaxdeskApi } from '../../preload/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (preload/index.ts); the page's only way out. */
    readonly faxdesk: FaxdeskApi;
  }
}
