import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// chrono-node exports its locales as `chrono-node/<lang>` through two competing subpath
// patterns ("./*" and "./*/*") that Vite's resolver gets wrong; point the two we use at their
// ES module entry directly (Node resolves them fine, so tests and scripts need nothing).
const chronoLocale = (lang: string) =>
  fileURLToPath(new URL(`./node_modules/chrono-node/dist/esm/locales/${lang}/index.js`, import.meta.url));

// Explicit imports everywhere (`imports: false`): every file says what it uses.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: [
        { find: /^chrono-node\/en$/, replacement: chronoLocale('en') },
        { find: /^chrono-node\/fr$/, replacement: chronoLocale('fr') },
      ],
    },
  }),
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
