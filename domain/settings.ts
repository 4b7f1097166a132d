/**
 * The settings: each field's rule, its default, and which of them the page may change. The
 * engine keeps them in settings.json (main/engine/store/settings.ts); the IPC contract checks
 * the page's changes with the same rules, so the two cannot drift.
 */
import { z } from 'zod';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from './confidentiality-notice';
import { FAX_QUALITIES } from './fax-quality';
import { E164_HINT, E164_PATTERN } from './fax-number';

export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const settingsFields = {
  /** null means Telnyx itself (https://api.telnyx.com/v2). */
  apiBase: z.url({ protocol: /^https?$/ }).nullable(),
  /** The fax application (connection_id) faxes are sent with. */
  connectionId: z.string().min(1).max(64).nullable(),
  /** The default `from` number, E.164. */
  fromNumber: z.string().regex(E164_PATTERN, E164_HINT).nullable(),
  defaultQuality: z.enum(FAX_QUALITIES),
  /** "Try without an account": the built-in sandbox stands in for Telnyx. */
  sandboxMode: z.boolean(),
  /** Numbers typed without a country code are read as numbers of this country. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code, like US'),
  paperSize: z.enum(PAPER_SIZES),
  /** Attempts in all for busy lines, no answer and dropped calls. */
  redialAttempts: z.number().int().min(1).max(10),
  redialDelayMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /**
   * After an unclear answer to "send this fax", how long Telnyx must show no such fax before
   * Faxdesk takes it as never created and tries again (DESIGN.md §3).
   */
  graceSeconds: z.number().int().min(1).max(3600),
  /** Shown at the bottom of cover pages; null for none. */
  confidentialityNotice: z.string().max(1500).nullable(),
  /** The sender's name on cover pages. */
  senderName: z.string().trim().max(100).nullable(),
  /**
   * Premium-rate, satellite and international premium-rate numbers may be faxed
   * (main/engine/numbers/costly-numbers.ts). Off unless the person turns it on, and turned
   * on from the page only after a native confirmation (main/app/settings-update.ts).
   */
  allowPremiumAndSatelliteNumbers: z.boolean(),
  /**
   * Once a received fax is archived on this desk, delete it from Telnyx (its record and its
   * document there). Off by default: while Telnyx keeps a fax, every desk on the account sees it.
   */
  deleteReceivedFromTelnyx: z.boolean(),
  /** The account's numbers whose received faxes this desk shows and archives; empty for all of them. */
  inboxNumbers: z.array(z.string().regex(E164_PATTERN, E164_HINT)).max(100),
  /** Transmission reports show a reduced image of the first page; off where patient-data rules forbid it. */
  reportFirstPage: z.boolean(),
  /** When set, every fax's report is saved into this folder as the fax ends; chosen in a native dialog. */
  reportFolder: z.string().min(1).max(1024).nullable(),
  /** Desktop notifications, one switch per kind. */
  notifyDelivered: z.boolean(),
  notifyFailed: z.boolean(),
  notifyUnconfirmed: z.boolean(),
  notifyReceived: z.boolean(),
  /** Closing the window keeps Faxdesk running in the tray, so faxes keep going out and coming in. */
  keepRunningInTray: z.boolean(),
  /** The first close to the tray has been explained, once. */
  trayExplained: z.boolean(),
  /** Start at login, hidden in the tray. */
  openAtLogin: z.boolean(),
  /** Files that appear in the watched folder open in Send. */
  watchFolderEnabled: z.boolean(),
  /** The watched folder; null for ~/Faxdesk Outbox. Chosen in a native dialog. */
  watchFolder: z.string().min(1).max(1024).nullable(),
  /** A file in the watched folder named with a fax number ("to 202-555-0100.pdf") is queued at once. */
  watchFolderSendByName: z.boolean(),
};

export const settingsSchema = z.object(settingsFields);
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  apiBase: null,
  connectionId: null,
  fromNumber: null,
  defaultQuality: 'high',
  sandboxMode: false,
  defaultCountry: 'US',
  paperSize: 'letter',
  redialAttempts: 3,
  redialDelayMinutes: 5,
  graceSeconds: 120,
  confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE,
  senderName: null,
  allowPremiumAndSatelliteNumbers: false,
  deleteReceivedFromTelnyx: false,
  inboxNumbers: [],
  reportFirstPage: true,
  reportFolder: null,
  notifyDelivered: true,
  notifyFailed: true,
  notifyUnconfirmed: true,
  notifyReceived: true,
  keepRunningInTray: true,
  trayExplained: false,
  openAtLogin: false,
  watchFolderEnabled: false,
  watchFolder: null,
  watchFolderSendByName: false,
};

/**
 * What the page may change. Sandbox mode and the API base are the main process's own to set;
 * folders are chosen in a native dialog by the main process, never named by the page.
 */
export const settingsPatchSchema = settingsSchema
  .omit({ apiBase: true, sandboxMode: true, reportFolder: true, watchFolder: true, trayExplained: true })
  .partial()
  .strict();
