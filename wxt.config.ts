import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Content scripts built without webextension-polyfill (see the hook below). */
const CONTENT_SCRIPTS_WITHOUT_POLYFILL = new Set(['detector', 'annotator', 'overlay']);

// Explicit imports everywhere (`imports: false`): every file says what it uses.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content scripts talk to the browser directly (promises and `sendResponse` are native in
    // both browsers) instead of through webextension-polyfill: the detector runs on every page,
    // where the polyfill would be half of its bytes and a millisecond, and the annotator and the
    // in-page UI would load and start ~10 KB more on every article before showing anything.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => CONTENT_SCRIPTS_WITHOUT_POLYFILL.has(entrypoint.name))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'contextMenus'],
    commands: {
      'open-list': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenList__',
      },
    },
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'contexte@contexte.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
