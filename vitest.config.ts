import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Packages and tests use each other's sources, no build step needed.
    conditions: ['@duty-handover/source'],
  },
  test: {
    include: ['packages/core/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Counts every fast-check property's cases for the Reliability page.
    setupFiles: ['packages/core/src/testing/vitest-setup-test-helpers.ts'],
  },
});
