/**
 * "Fax with Faxdesk" for macOS's PDF menu: installed into a temporary home, then run with `sh`
 * the way macOS runs a PDF Service (title, options, the path of the PDF it made).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installPdfService, pdfServicePath, pdfServiceScript } from '../../../main/engine/print/pdf-service';

const TEMPLATE = readFileSync(resolve(import.meta.dirname, '../../../assets/print/macos/Fax with Faxdesk'), 'utf8');
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'faxdesk-home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Runs the installed service as macOS would, on a PDF it made in a temporary folder. */
function print(title: string, pdf: Buffer = PDF) {
  const made = join(home, 'made-by-macos.pdf');
  writeFileSync(made, pdf);
  return spawnSync('sh', [pdfServicePath(home), title, 'options', made], { encoding: 'utf8' });
}

describe('the macOS PDF Service', () => {
  it('is installed as an executable in ~/Library/PDF Services, with the folder written in', async () => {
    const folder = join(home, "Faxdesk Outbox 'quoted' $HOME");
    const path = await installPdfService({ home, folder, template: TEMPLATE });
    expect(path).toBe(join(home, 'Library', 'PDF Services', 'Fax with Faxdesk'));
    expect(statSync(path).mode & 0o777).toBe(0o755);
    expect(readdirSync(join(home, 'Library', 'PDF Services'))).toEqual(['Fax with Faxdesk']);

    // The folder is made when missing, and the PDF copied in under its title.
    const run = print('to 202-555-0100');
    expect(run.status).toBe(0);
    expect(readdirSync(folder)).toEqual(['to 202-555-0100.pdf']);
    expect(readFileSync(join(folder, 'to 202-555-0100.pdf'))).toEqual(PDF);
  });

  it('gives two prints of the same title different names and keeps only safe characters', async () => {
    const folder = join(home, 'Outbox');
    await installPdfService({ home, folder, template: TEMPLATE });
    print('Letter.pdf');
    print('Letter.pdf');
    print('.secret/../x');
    expect(readdirSync(folder).sort()).toEqual(['Letter (2).pdf', 'Letter.pdf', 'secret_.._x.pdf']);
  });

  it('installing again points it at another folder', async () => {
    await installPdfService({ home, folder: join(home, 'First'), template: TEMPLATE });
    await installPdfService({ home, folder: join(home, 'Second'), template: TEMPLATE });
    print('Again');
    expect(readdirSync(join(home, 'Second'))).toEqual(['Again.pdf']);
    expect(readdirSync(join(home, 'Library', 'PDF Services'))).toEqual(['Fax with Faxdesk']);
  });

  it('refuses what is not a PDF, with words, leaving nothing in the folder', async () => {
    const folder = join(home, 'Outbox');
    mkdirSync(folder);
    await installPdfService({ home, folder, template: TEMPLATE });
    const run = print('Text', Buffer.from('plain text'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a PDF, so it cannot be faxed');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('needs an absolute folder and a script with one folder line', () => {
    expect(() => pdfServiceScript(TEMPLATE, 'Outbox')).toThrow('absolute path');
    expect(() => pdfServiceScript('#!/bin/sh\n', '/x')).toThrow('no single');
  });
});
