/** Finding the print-to-fax files in a packaged app and in a checkout. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPrintAssets, printAssetsIn } from '../../../main/engine/print/print-assets';

describe('the print assets', () => {
  it('are found in this checkout, from the sources and from the built code', () => {
    const root = resolve(import.meta.dirname, '../../..');
    expect(findPrintAssets(resolve(root, 'main/cli/commands'), undefined)).toBe(resolve(root, 'assets/print'));
    expect(findPrintAssets(resolve(root, 'out/cli'), undefined)).toBe(resolve(root, 'assets/print'));
    const assets = printAssetsIn(resolve(root, 'assets/print'));
    for (const path of [assets.linuxBackend, assets.linuxPpd, assets.macService]) expect(existsSync(path)).toBe(true);
  });

  it('are taken from the resources folder of a packaged app first', () => {
    const files = new Set(['/opt/Faxdesk/resources/print/linux/faxdesk', '/src/assets/print/linux/faxdesk']);
    const exists = (path: string) => files.has(path);
    expect(findPrintAssets('/src/out/main', '/opt/Faxdesk/resources', exists)).toBe('/opt/Faxdesk/resources/print');
    expect(findPrintAssets('/src/out/main', '/elsewhere', exists)).toBe('/src/assets/print');
    expect(findPrintAssets('/nowhere/out/main', undefined, exists)).toBeNull();
  });
});
