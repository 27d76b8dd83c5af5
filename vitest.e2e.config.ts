import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension (.output/chrome-mv3) loaded.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A page's first scan waits for the browser, its storage and the extension's files: on a busy 2-core
    // machine that took longer than expect.poll's default second (a badge "missing" that came later).
    expect: { poll: { timeout: 10_000 } },
  },
});
