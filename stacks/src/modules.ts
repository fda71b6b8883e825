import { App, Testing } from 'cdktf';
import { ConsoleStack } from './console/console-stack.js';
import { CoreStack } from './core/core-stack.js';
import type { ModuleStack } from './lib/module-stack.js';
import { McpStack } from './mcp/mcp-stack.js';
import { RegionalStack } from './regional/regional-stack.js';

/** Every module under modules/, in README order. */
export const MODULES = {
  core: (app: App) => new CoreStack(app, 'core'),
  regional: (app: App) => new RegionalStack(app, 'regional'),
  console: (app: App) => new ConsoleStack(app, 'console'),
  mcp: (app: App) => new McpStack(app, 'mcp'),
} satisfies Record<string, (app: App) => ModuleStack>;

export type ModuleName = keyof typeof MODULES;

export interface SynthesizedModule {
  name: string;
  stack: ModuleStack;
  /** main.tf.json as an object: no provider/backend, no cdktf `//` metadata, keys sorted. */
  json: Record<string, unknown>;
}

/** Synthesizes one module in memory; nothing is written (the app's outdir is never used). */
export function synthModule(name: ModuleName, outdir: string): SynthesizedModule {
  const app = new App({ outdir, skipValidation: true });
  const stack = MODULES[name](app);
  // Testing.synth runs the aspects, strips `//` metadata and sorts keys recursively: exactly a module's needs.
  const json = sortKeys(JSON.parse(Testing.synth(stack))) as Record<string, unknown>;
  return { name, stack, json };
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}
