/** The resolutions Telnyx faxes at (API-NOTES §1, `quality`), and their names on screen. */
export const FAX_QUALITIES = ['normal', 'high', 'very_high', 'ultra_light', 'ultra_dark'] as const;
export type FaxQuality = (typeof FAX_QUALITIES)[number];

export const QUALITY_LABELS: Readonly<Record<FaxQuality, string>> = {
  normal: 'Normal',
  high: 'High',
  very_high: 'Very high',
  ultra_light: 'Ultra light (photos)',
  ultra_dark: 'Ultra dark (text)',
};
