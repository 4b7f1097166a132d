/**
 * The built-in Telnyx simulator ("the sandbox", DESIGN.md §7): the fax, media, fax-application
 * and phone-number endpoints on 127.0.0.1, with Telnyx's validation, status lifecycle, error
 * bodies, pagination and rate limiting, plus hooks to inject faults and inbound faxes, and the
 * scanned-looking fax pages those inbound faxes carry (scannedFax).
 * It shares no code with the engine: the two meet only over HTTP.
 */
export { startSandbox } from './start-sandbox';
export type { Sandbox, SandboxOptions } from './start-sandbox';
export { DEFAULT_SANDBOX_LIMITS } from './store';
export type { SandboxLimits } from './store';
export { SANDBOX_KEYS } from './auth';
export { SANDBOX_TEST_NUMBERS } from './test-numbers';
export type { SandboxTestNumber } from './test-numbers';
export type { FaultControl, FaultMatch } from './faults';
export type { FaxStatus, SandboxFax } from './fax-record';
export type { InboundFaxOptions } from './inbound';
export type { RateLimit } from './rate-limit';
export { SANDBOX_FAX_APP_ID, SANDBOX_FAX_NUMBERS } from './seed';
export { scannedFax, MAX_DRAWN_PAGES } from './scan/scanned-fax';
export type { ScannedFax, ScannedFaxOptions } from './scan/scanned-fax';
export { FAX_KIND_NAMES } from './scan/kinds';
export type { FaxKindName } from './scan/kinds';
export { bilevelPng } from './scan/bilevel-png';
