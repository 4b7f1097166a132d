#!/bin/sh
# `npm test`: type-check, lint, build, unit and integration tests (the CLI ones run the built
# binary), browser tests, and the Electron smoke test where an Electron binary exists.
#
# On Linux the keychain tests need a Secret Service. Rather than touch the person's own
# keyring, the whole run gets a throwaway GNOME Keyring on a private session bus.
set -eu

if [ "$(uname -s)" = Linux ] && [ -z "${FAXDESK_TEST_KEYRING:-}" ]; then
  if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    export FAXDESK_TEST_KEYRING=1
    # The keyring's files go to a fresh folder, so a person's own login keyring is never read.
    XDG_DATA_HOME=$(mktemp -d "${TMPDIR:-/tmp}/faxdesk-test-keyring.XXXXXX")
    export XDG_DATA_HOME
    exec dbus-run-session -- sh -c \
      'printf faxdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0"' "$0"
  fi
  echo "*** No dbus-run-session or gnome-keyring-daemon: the keychain tests will fail." >&2
  echo "*** Install them with: sudo apt-get install dbus gnome-keyring libsecret-1-dev" >&2
fi

npm run typecheck
npm run lint
npm run build
npm run test:unit
npm run test:e2e
npm run test:electron
