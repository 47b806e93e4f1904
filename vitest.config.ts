import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Packages and tests use each other's sources, no build step needed.
    conditions: ['@duty-handover/source'],
  },
  test: {
    include: ['packages/core/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
