import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      reporter: ['text'],
      include: ['src/**/*.ts'],
      // Re-exports only: no statements to cover.
      exclude: ['src/index.ts', 'src/schemas/index.ts'],
    },
  },
});
