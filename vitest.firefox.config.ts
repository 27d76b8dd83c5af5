import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox: Debian's firefox-esr with the built add-on (.output/firefox-mv2)
// installed as a temporary add-on. Builds nothing: run `npm run build:firefox` first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e-firefox/**/*.test.ts'],
    // The suite skips itself without this, so the unit run (test/**/*.test.ts) never launches Firefox.
    env: { QWA_E2E_FIREFOX: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A page's first scan waits for the browser, its storage and the extension's files: on a busy 2-core
    // machine that took longer than expect.poll's default second (a badge "missing" that came later).
    expect: { poll: { timeout: 10_000 } },
  },
});
