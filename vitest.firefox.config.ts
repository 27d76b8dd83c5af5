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
  },
});
