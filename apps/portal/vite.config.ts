import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds what the browser loads: one script per kind of page, and the stylesheet. The server reads
 * dist/.vite/manifest.json to link the hashed files (src/server/assets.ts).
 */
export default defineConfig({
  plugins: [react()],
  build: {
    manifest: true,
    outDir: 'dist',
    emptyOutDir: true,
    // No polyfill: it would fetch() the preloads, which the CSP's connect-src 'none' forbids.
    modulePreload: { polyfill: false },
    // GOV.UK Frontend keeps an old-browser media query hack, "(min-width: 0\\0)", that lightningcss
    // refuses to parse; esbuild minifies it as it is.
    cssMinify: 'esbuild',
    rolldownOptions: {
      treeshake: {
        // @heard/domain is pure (no I/O, no globals), but its schemas are built by calls at module
        // level, which a bundler must otherwise assume have effects: every schema in the package
        // would ship to the browser, not just the two the forms use.
        moduleSideEffects: (id) => !id.includes('/packages/domain/src/'),
      },
      input: {
        common: 'src/client/common.ts',
        complain: 'src/client/complain.tsx',
        compliment: 'src/client/compliment.tsx',
        comment: 'src/client/comment.tsx',
        track: 'src/client/track.tsx',
        session: 'src/client/signed-in.ts',
        styles: 'src/client/styles.scss',
      },
    },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true },
    },
  },
});
