import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// WxtVitest does not apply wxt.config's vite plugins, so Preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    // QSM's pages link their style sheets; a test page that does gets no CSS, quietly (none is loaded).
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**'],
    server: { deps: { inline: ['zustand'] } },
  },
});
