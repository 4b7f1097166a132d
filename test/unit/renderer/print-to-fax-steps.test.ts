/** Settings → Print to fax: which way each system prints to fax, and the Windows steps naming the folder. */
import { describe, expect, it } from 'vitest';
import { printToFaxKind, windowsPrintSteps } from '../../../renderer/src/features/settings/print-to-fax-steps';

describe('print to fax in Settings', () => {
  it('offers the CUPS printer on Linux, the PDF Service on macOS and the steps on Windows', () => {
    expect(printToFaxKind('linux')).toBe('linux');
    expect(printToFaxKind('darwin')).toBe('mac');
    expect(printToFaxKind('win32')).toBe('windows');
    expect(printToFaxKind('freebsd')).toBeNull();
  });

  it('names the watched folder in the Windows steps, and the printer to choose', () => {
    const steps = windowsPrintSteps('C:\\Users\\ana\\Faxdesk Outbox');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('"Microsoft Print to PDF"');
    expect(steps[1]).toContain('open C:\\Users\\ana\\Faxdesk Outbox and save there');
  });
});
