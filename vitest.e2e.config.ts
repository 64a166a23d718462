import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension: one file at a time (2 cores),
// generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
