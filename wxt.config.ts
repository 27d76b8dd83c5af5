import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks only for what the extension uses; host access is QSM alone.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['https://qsm.qoo10.jp/*'],
    browser_specific_settings: {
      gecko: {
        id: 'qsm-withdraw-assistant@qwa.example',
        strict_min_version: '128.0',
      },
    },
  },
});
