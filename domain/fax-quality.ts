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

/** Dots per inch across and down a fax page, as a fax machine scans and prints it. */
export interface FaxResolution {
  x: number;
  y: number;
}

/**
 * The resolution a fax goes out at: "normal" is the standard 204 × 98 dpi, every other
 * quality at least "fine", 204 × 196 dpi (the darker and lighter ones change the contrast,
 * not the grid).
 */
export function faxResolution(quality: FaxQuality): FaxResolution {
  return quality === 'normal' ? { x: 204, y: 98 } : { x: 204, y: 196 };
}
