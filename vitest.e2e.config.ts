import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension (.output/chrome-mv3) loaded.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
