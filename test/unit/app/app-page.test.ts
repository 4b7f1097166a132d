/**
 * app://faxdesk/ serves the files of out/renderer and nothing else: `..` and its encodings,
 * encoded separators, drive letters, hidden files and Windows device names are refused, and
 * each file goes out with the type a module script or worker needs. The built page itself is
 * served from the real out/renderer when a build is there.
 */
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerAppRequest,
  APP_PAGE_URL,
  contentTypeFor,
  resolveAppFile,
  type AppFile,
} from '../../../main/app/app-page';

const root = '/opt/Faxdesk/resources/app.asar/out/renderer';

function pathOf(file: AppFile): string | null {
  return file.ok ? file.path : null;
}

describe('resolveAppFile()', () => {
  it('maps the page and its assets into the folder, with their types', () => {
    expect(resolveAppFile(APP_PAGE_URL, root, 'linux')).toEqual({
      ok: true,
      path: `${root}/index.html`,
      contentType: 'text/html; charset=utf-8',
    });
    expect(pathOf(resolveAppFile('app://faxdesk/', root, 'linux'))).toBe(`${root}/index.html`);
    expect(pathOf(resolveAppFile('app://FAXDESK/index.html?x=1#/history', root, 'linux'))).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://faxdesk/assets/pdf.worker.min-C_oroY0n.js', root, 'linux')).toEqual({
      ok: true,
      path: `${root}/assets/pdf.worker.min-C_oroY0n.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    'app://faxdesk/assets%2f..%2f..%2fpackage.json',
    'app://faxdesk/assets%2F..%2F..%2F..%2Fmain%2Findex.js',
    'app://faxdesk/..%5c..%5cpackage.json',
    'app://faxdesk/%2e%2e%5c%2e%2e%5cpackage.json',
    'app://faxdesk/%252e%252e/package.json',
    'app://faxdesk/C:%5cWindows%5cwin.ini',
    'app://faxdesk/index.html::$DATA',
    'app://faxdesk/.env',
    'app://faxdesk/assets/x.js%00.png',
    'app://faxdesk/CON.js',
    'app://faxdesk/assets//index.js',
    'app://faxdesk/assets/',
    'app://faxdesk/main.ts',
    'app://faxdesk/assets/index.js.map',
    'app://other/index.html',
    'app2://faxdesk/index.html',
    'file:///etc/passwd',
    'https://faxdesk/index.html',
  ])('refuses %s', (url) => {
    const file = resolveAppFile(url, root, 'linux');
    expect(file.ok, JSON.stringify(file)).toBe(false);
  });

  it('answers a badly encoded path with 400', () => {
    expect(resolveAppFile('app://faxdesk/%E0%A4%A.js', root, 'linux')).toMatchObject({ ok: false, status: 400 });
  });

  it('keeps a `..` the URL itself resolves inside the folder', () => {
    for (const url of ['app://faxdesk/../../../etc/passwd.js', 'app://faxdesk/assets/%2e%2e/%2E%2E/x.js']) {
      const path = pathOf(resolveAppFile(url, root, 'linux'));
      expect(path?.startsWith(`${root}/`), `${url} -> ${path}`).toBe(true);
    }
  });

  it('joins Windows paths the Windows way, and refuses drive letters there too', () => {
    const windowsRoot = 'C:\\Program Files\\Faxdesk\\resources\\app.asar\\out\\renderer';
    expect(pathOf(resolveAppFile('app://faxdesk/assets/a.js', windowsRoot, 'win32'))).toBe(
      `${windowsRoot}\\assets\\a.js`,
    );
    for (const url of ['app://faxdesk/D:%5cx.js', 'app://faxdesk/..%5Cmain%5Cindex.js', 'app://faxdesk/nul.js']) {
      expect(resolveAppFile(url, windowsRoot, 'win32').ok, url).toBe(false);
    }
  });

  it('never names a file outside the folder, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '%00', '\\', ':', '/', 'assets', 'a.js', '%'),
            fc.string({ maxLength: 6 }),
          ),
          { maxLength: 8 },
        ),
        fc.constantFrom<'linux' | 'win32'>('linux', 'win32'),
        (parts, platform) => {
          const base = platform === 'win32' ? 'C:\\app\\out\\renderer' : root;
          const separator = platform === 'win32' ? '\\' : '/';
          const file = resolveAppFile(`app://faxdesk/${parts.join('')}`, base, platform);
          return !file.ok || file.path.startsWith(`${base}${separator}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('contentTypeFor()', () => {
  it('knows the kinds of file the page is made of, and no others', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('C:\\a\\icon.svg')).toBe('image/svg+xml');
    for (const name of ['x.map', 'x.ts', 'Makefile', '.html', 'x.exe']) expect(contentTypeFor(name), name).toBeNull();
  });
});

describe('answerAppRequest()', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'faxdesk-app-page-'));
    await mkdir(join(folder, 'assets'));
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>Faxdesk</title>');
    await writeFile(join(folder, 'assets', 'index-abc.js'), 'export {};');
    await writeFile(join(folder, '..', `${folder.split(sep).pop() ?? ''}-secret.js`), 'secret');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(`${folder}-secret.js`, { force: true });
  });

  it('serves a file with its type and nosniff', async () => {
    const response = await answerAppRequest(new Request('app://faxdesk/assets/index-abc.js'), folder);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {};');
  });

  it('answers HEAD without a body, and other methods with 405', async () => {
    const head = await answerAppRequest(new Request(APP_PAGE_URL, { method: 'HEAD' }), folder);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>Faxdesk</title>'.length));
    expect(await head.text()).toBe('');
    const post = await answerAppRequest(new Request(APP_PAGE_URL, { method: 'POST', body: 'x' }), folder);
    expect(post.status).toBe(405);
  });

  it('answers 404 for a missing file, a folder, and a file beside the folder', async () => {
    const beside = `app://faxdesk/..%2f${folder.split(sep).pop() ?? ''}-secret.js`;
    for (const url of ['app://faxdesk/assets/gone.js', 'app://faxdesk/assets', beside]) {
      const response = await answerAppRequest(new Request(url), folder);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('');
    }
  });

  const built = resolve(import.meta.dirname, '../../../out/renderer');
  it('serves every file of the built page with a type', async () => {
    expect(existsSync(join(built, 'index.html')), 'out/renderer is missing: run `npm run build` first').toBe(true);
    const files = ['index.html', ...readdirSync(join(built, 'assets')).map((name) => `assets/${name}`)];
    for (const name of files) {
      const response = await answerAppRequest(new Request(`app://faxdesk/${name}`), built);
      expect(response.status, name).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(built, name))), name).toBe(true);
    }
  });
});
