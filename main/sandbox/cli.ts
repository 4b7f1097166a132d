/**
 * The help text for `faxdesk sandbox`. The command itself lives with the CLI (main/cli); the
 * text lives here so it is generated from the same tables the sandbox runs on and cannot
 * drift from them.
 */
import { SANDBOX_KEYS } from './auth';
import { INBOUND_FAILURES, ROTATION_LENGTH, SHORT_LINK_TTL_MS } from './inbound-rotation';
import { DEFAULT_STEP_MS, MAX_PAGES } from './lifecycle';
import { INJECT_INBOUND_PATH } from './routes/inject-inbound';
import { FAX_KIND_NAMES } from './scan/kinds';
import { SANDBOX_FAX_APP_ID, SANDBOX_FAX_NUMBERS } from './seed';
import { SANDBOX_TEST_NUMBERS } from './test-numbers';

export function sandboxHelp(): string {
  const width = Math.max(...SANDBOX_TEST_NUMBERS.map((t) => t.number.length), 'any other number'.length);
  const table = [
    ...SANDBOX_TEST_NUMBERS.map((t) => `  ${t.number.padEnd(width)}  ${t.outcome}`),
    `  ${'any other number'.padEnd(width)}  delivered`,
  ].join('\n');
  return `Usage: faxdesk sandbox [--port N] [--step-ms N] [--inbound-every SECONDS]

Runs the built-in Telnyx simulator on http://127.0.0.1:PORT/v2, so Faxdesk (or any Telnyx
client) can send and receive faxes without a Telnyx account. Nothing leaves this computer.

Options:
  --port N      listen on port N (default: any free port; the URL is printed on start)
  --step-ms N   time between fax status steps in milliseconds (default: ${DEFAULT_STEP_MS})
  --inbound-every SECONDS
                deliver an inbound fax to ${SANDBOX_FAX_NUMBERS[0]} every SECONDS from rotating senders:
                mostly received faxes of 1 to 3 pages, of every kind
                (${FAX_KIND_NAMES.join(', ')});
                in every ${ROTATION_LENGTH}, one failed call (${INBOUND_FAILURES.join(' or ')})
                and one whose media_url expires after ${SHORT_LINK_TTL_MS / 1000} s (a client must refresh it)

API keys (send as "Authorization: Bearer <key>"):
  ${SANDBOX_KEYS.accepted}   accepted (any key starting with KEY works)
  ${SANDBOX_KEYS.revoked}      refused with 401, like a revoked key
All keys share one account: fax application ${SANDBOX_FAX_APP_ID} ("Faxdesk Sandbox")
with the numbers ${SANDBOX_FAX_NUMBERS.join(' and ')}.

Test destinations (a fax moves queued > media.processed > originated > sending > delivered,
unless it fails on the way):
${table}
Documents over ${MAX_PAGES} pages fail with page_count_limit_exceeded; unreadable files with
file_format_invalid.

Inbound faxes can be injected (the app's demo mode and the tests do this): they arrive on
one of the numbers above, move receiving > media.processing > received, and their media_url
is an expiring signed link to a PDF of scanned-looking pages with real words on them.

Test-only: POST ${INJECT_INBOUND_PATH} (same host, same API key, not under /v2) receives one
fax now. JSON body, every field optional:
  {"from": "+13125550199", "to": "${SANDBOX_FAX_NUMBERS[0]}", "pages": 2, "kind": "invoice",
   "seed": 7, "fail": "sender_call_dropped", "linkTtlSeconds": 5}
It answers 201 {"id": "<fax id>"}; a wrong field is a 422 naming it.
`;
}
