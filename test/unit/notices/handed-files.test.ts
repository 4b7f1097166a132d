/** The files a launch hands over, read from its command line. */
import { describe, expect, it } from 'vitest';
import { handedFiles } from '../../../main/engine/notices/handed-files';

const existing = new Set(['/home/ana/scan.pdf', '/home/ana/docs/a letter.tiff', '/tmp/photo.jpg']);
const isFile = (path: string) => existing.has(path);

describe('handedFiles', () => {
  it('keeps existing files, skipping the executable, switches and missing files', () => {
    const argv = [
      '/opt/Faxdesk/faxdesk',
      '--allow-file-access-from-files',
      '--hidden',
      '/home/ana/scan.pdf',
      '/home/ana/gone.pdf',
      'docs/a letter.tiff',
      'file:///tmp/photo.jpg',
      'https://example.com/x.pdf',
      '/home/ana/scan.pdf',
    ];
    expect(handedFiles({ argv, cwd: '/home/ana', defaultApp: false }, isFile)).toEqual([
      '/home/ana/scan.pdf',
      '/home/ana/docs/a letter.tiff',
      '/tmp/photo.jpg',
    ]);
  });

  it('skips the app folder of a development run', () => {
    const argv = ['/node_modules/electron/dist/electron', '/home/ana/scan.pdf', '/tmp/photo.jpg'];
    expect(handedFiles({ argv, cwd: '/', defaultApp: true }, isFile)).toEqual(['/tmp/photo.jpg']);
    expect(handedFiles({ argv: ['/opt/Faxdesk/faxdesk'], cwd: '/', defaultApp: false }, isFile)).toEqual([]);
  });
});
