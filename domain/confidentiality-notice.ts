/**
 * The standard notice printed at the foot of cover pages (editable in settings). On its own
 * so settings can offer it without loading the PDF code.
 */
export const DEFAULT_CONFIDENTIALITY_NOTICE =
  'CONFIDENTIALITY NOTICE: This fax may contain confidential or privileged information intended only for the ' +
  'person or organisation named above. If you are not the intended recipient, you must not read, copy, ' +
  'distribute or act on it. If you received it in error, please tell the sender at once and destroy all pages.';
