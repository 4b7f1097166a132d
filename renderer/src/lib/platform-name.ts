/** The system Faxdesk runs on as people say it ("Linux, 64-bit"), for the status bar and About. */
const SYSTEMS: Record<string, string> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
};

const BITS: Record<string, string> = {
  x64: '64-bit',
  arm64: 'ARM 64-bit',
  ia32: '32-bit',
  arm: 'ARM 32-bit',
};

/** "Linux, 64-bit" rather than Node's "linux (x64)"; names Faxdesk does not know are shown as they are. */
export function platformName(platform: string, arch: string): string {
  return `${SYSTEMS[platform] ?? platform}, ${BITS[arch] ?? arch}`;
}
