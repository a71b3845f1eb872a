import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A zone west of Greenwich, where `new Date('2026-03-01')` is still 28 February: dates must
    // come out the same as in the UK whatever machine runs the app or its tests.
    env: { TZ: 'America/New_York' },
  },
});
