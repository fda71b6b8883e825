import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'functions/*/src/**/*.test.ts',
      'cli/src/**/*.test.ts',
      'stacks/src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
