import { z } from 'zod';

/**
 * DLT's MCP server takes ids of exactly 10 characters (the ids it generates). This API also accepts ids a client
 * chose (1-128 letters, digits and '-'), so the tools accept those too: a superset of DLT's inputs.
 */
const id = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(128, `${what} is at most 128 characters`)
    .regex(/^[a-zA-Z0-9-]+$/, `${what} contains only letters, digits and '-'`);

export const testId = id('test_id').describe("The test scenario's unique identifier.");
export const testRunId = id('test_run_id').describe("The test run's unique identifier.");
export const anyRunId = id('test run id');
