import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // The accessibility run starts a real browser.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
