/**
 * The page's files are recognised inside out/renderer the way each platform compares paths:
 * Windows and macOS ignore case (a drive letter may arrive in either), Linux does not.
 */
import { describe, expect, it } from 'vitest';
import { isInsideFolder } from '../../../main/app/page-paths';

describe('isInsideFolder()', () => {
  it('is true for the folder and what lies inside it, on each platform', () => {
    expect(isInsideFolder('/a/b', '/a/b', 'linux')).toBe(true);
    expect(isInsideFolder('/a/b/c/d', '/a/b', 'linux')).toBe(true);
    expect(isInsideFolder('/a/bc', '/a/b', 'linux')).toBe(false);
    expect(isInsideFolder('/a', '/a/b', 'linux')).toBe(false);
    expect(isInsideFolder('/a/b/..c', '/a/b', 'linux')).toBe(true);
    expect(isInsideFolder('C:\\A\\B\\c', 'c:\\a\\b', 'win32')).toBe(true);
    expect(isInsideFolder('D:\\a\\b', 'c:\\a\\b', 'win32')).toBe(false);
    expect(isInsideFolder('/Users/Me/App/x', '/users/me/app', 'darwin')).toBe(true);
  });

  it('keeps case significant on Linux', () => {
    expect(isInsideFolder('/opt/Faxdesk/out/renderer/a.js', '/opt/Faxdesk/out/renderer', 'linux')).toBe(true);
    expect(isInsideFolder('/opt/faxdesk/out/renderer/a.js', '/opt/Faxdesk/out/renderer', 'linux')).toBe(false);
  });
});
