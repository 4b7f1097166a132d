/** The kinds of scanned fax the sandbox can receive, by name. */
import { invoice } from './invoice';
import type { FaxKind } from './kind';
import { labResult } from './lab-result';
import { memo } from './memo';
import { purchaseOrder } from './purchase-order';
import { referral } from './referral';
import { signedForm } from './signed-form';

export const FAX_KINDS = {
  invoice,
  referral,
  'purchase-order': purchaseOrder,
  'lab-result': labResult,
  'signed-form': signedForm,
  /** A dense full page of body text. */
  memo,
} as const satisfies Record<string, FaxKind>;

export type FaxKindName = keyof typeof FAX_KINDS;

export const FAX_KIND_NAMES = Object.keys(FAX_KINDS) as FaxKindName[];

export function isFaxKindName(name: string): name is FaxKindName {
  return Object.hasOwn(FAX_KINDS, name);
}
