/**
 * The pixel grid of a fine-mode fax page (ITU-T T.4): 1728 dots across the 8.5 in scan line
 * (about 204 dpi) and 196 lines per inch, so US Letter is 1728 × 2156 pixels.
 */
import { PAGE_HEIGHT_PT, PAGE_WIDTH_PT } from './page-drawing';

export const FAX_PAGE_WIDTH_PX = 1728;
export const FAX_PAGE_HEIGHT_PX = 2156;

/** Pixels per point, across and down: fax pixels are not quite square. */
export const PX_PER_PT_X = FAX_PAGE_WIDTH_PX / PAGE_WIDTH_PT;
export const PX_PER_PT_Y = FAX_PAGE_HEIGHT_PX / PAGE_HEIGHT_PT;
