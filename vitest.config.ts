import { defineConfig } from 'vitest/config';

// Two projects: everything on Node, and the web console (Vue, happy-dom) with its own config in web/.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'functions/*/src/**/*.test.ts',
            'cli/src/**/*.test.ts',
            'stacks/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
        },
      },
      'web/vitest.config.ts',
    ],
  },
});
