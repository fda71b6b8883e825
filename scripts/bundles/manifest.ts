/**
 * Which Lambda entry points are bundled into which module folder. A folder with several entries is one esbuild
 * build with code splitting: every entry is `<name>.mjs` exporting `handler`, and code they share goes into
 * `chunks/`, so the orchestration Lambdas ship one folder (one zip) instead of ten copies of the same code.
 */

export interface BundleSpec {
  /** Shown in the size report and in warnings. */
  name: string;
  /** Output folder, relative to the repository root; the builder owns every file in it. */
  outDir: string;
  /** Output file name (without `.mjs`) → entry source, relative to the repository root. */
  entries: Record<string, string>;
  /**
   * Code someone else is still writing: a missing entry is skipped with a warning (the folder keeps whatever it
   * holds, e.g. a 501 placeholder) instead of failing the build.
   */
  optional?: boolean;
}

/** The orchestration steps the core module deploys, each `modules/core/functions/orchestration/<name>.mjs`. */
export const ORCHESTRATION_ENTRIES = {
  'task-runner': 'functions/task-runner/src/lambda.ts',
  'readiness-check': 'functions/readiness-check/src/lambda.ts',
  'regional-sync': 'functions/regional-sync/src/lambda.ts',
  'start-command': 'functions/start-command/src/lambda.ts',
  'task-status-checker': 'functions/task-status-checker/src/lambda.ts',
  'results-parser': 'functions/results-parser/src/lambda.ts',
  'test-cleanup': 'functions/test-cleanup/src/lambda.ts',
  'orphan-cleanup': 'functions/orphan-cleanup/src/lambda.ts',
  'task-failure-handler': 'functions/task-failure-handler/src/lambda.ts',
  'sfn-failure-handler': 'functions/sfn-failure-handler/src/lambda.ts',
} as const;

export type OrchestrationEntry = keyof typeof ORCHESTRATION_ENTRIES;

export const BUNDLES: BundleSpec[] = [
  {
    name: 'core/api',
    outDir: 'modules/core/functions/api',
    entries: { index: 'functions/api/src/lambda.ts' },
  },
  {
    name: 'core/orchestration',
    outDir: 'modules/core/functions/orchestration',
    entries: { ...ORCHESTRATION_ENTRIES },
  },
  {
    name: 'regional/live-data-publisher',
    outDir: 'modules/regional/functions/live-data-publisher',
    entries: { index: 'functions/real-time-data-publisher/src/lambda.ts' },
  },
  {
    name: 'mcp/mcp',
    outDir: 'modules/mcp/functions/mcp',
    entries: { index: 'functions/mcp-server/src/lambda.ts' },
    optional: true,
  },
];
