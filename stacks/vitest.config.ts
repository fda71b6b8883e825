import { defineConfig } from 'vitest/config';

// Lets `npm test -w stacks` run on its own; the root config must also list stacks/src/**/*.test.ts.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], pool: 'forks', testTimeout: 60_000 },
});
