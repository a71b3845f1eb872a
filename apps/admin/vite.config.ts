/**
 * The admin app is a static single-page app. In development (`vite`, and `vite preview`) it
 * proxies the API's paths, so the browser only ever talks to the admin's own origin and the staff
 * session cookie (HttpOnly, SameSite=Strict) stays first-party. In production `server/main.ts`
 * serves the build and proxies the same paths, with the Content-Security-Policy
 * (docs/decisions/0006).
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3002';

const proxy: Record<string, ProxyOptions> = {
  '/trpc': { target: apiUrl, changeOrigin: false },
  '/health': { target: apiUrl, changeOrigin: false },
  // Attachments go over plain HTTP, as raw bytes, to the same API.
  '/files': { target: apiUrl, changeOrigin: false },
};

/**
 * `@heard/domain` is pure (ARCHITECTURE.md: no I/O, nothing runs on import), so the bundler may
 * leave out every module of it the app does not use, such as the annual report's statistics.
 */
const pureWorkspacePackages = /[\\/]packages[\\/]domain[\\/]src[\\/]/;

/**
 * govuk-frontend's service navigation carries an Internet Explorer 8 hack,
 * `@media screen and (min-width: 0\0)`, which Sass writes out with a replacement character and
 * the CSS minifier then rejects. No browser this app supports reads that rule, so it is removed
 * before minifying.
 */
const internetExplorerHack = /min-width:\s*0(?:\\0|\uFFFD)/;
const dropInternetExplorerHacks = {
  postcssPlugin: 'heard-drop-internet-explorer-hacks',
  AtRule: {
    media(rule: { params: string; remove: () => void }) {
      if (internetExplorerHack.test(rule.params)) rule.remove();
    },
  },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 3001, strictPort: true, proxy },
  preview: { port: 3001, strictPort: true, proxy },
  css: {
    preprocessorOptions: {
      // govuk-frontend 5 is written with `@import` (src/_govuk.scss explains why that one file
      // uses it too); its deprecation notices are not ours to fix.
      scss: { quietDeps: true, silenceDeprecations: ['import'] },
    },
    postcss: { plugins: [dropInternetExplorerHacks] },
  },
  build: {
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id: string) => !pureWorkspacePackages.test(id),
      },
      output: {
        // Libraries change far less often than the app: in their own chunks they stay cached
        // in staff browsers across releases of the app's code.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:react|react-dom|react-router|scheduler)[\\/]/,
            },
            { name: 'libs', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
