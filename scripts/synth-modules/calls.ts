/**
 * Checks of `module` blocks in a Terraform JSON root, for what `terraform validate` would catch if it could run
 * here: a relative `source` that exists, arguments the called module declares as variables, every required
 * variable set, and `module.<name>.<output>` references to outputs that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpolations, traversals } from './lint.js';

type Json = Record<string, unknown>;

/** What a caller may pass to and read from a module. */
export interface ModuleInterface {
  /** variable name -> required (no default) */
  variables: Map<string, boolean>;
  outputs: Set<string>;
}

/** `undefined`: the local source does not exist. `null`: it exists but is not Terraform JSON (not checked). */
export type Resolve = (source: string) => ModuleInterface | null | undefined;

// Module-block arguments that are Terraform meta-arguments, not the module's variables. `//` is a JSON comment.
const META = new Set(['source', 'version', 'providers', 'for_each', 'count', 'depends_on', '//']);

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const isLocalSource = (source: string): boolean => source.startsWith('./') || source.startsWith('../');

export function moduleInterface(json: Json): ModuleInterface {
  const variables = new Map<string, boolean>();
  for (const [name, spec] of Object.entries(isObject(json.variable) ? json.variable : {})) {
    variables.set(name, !(isObject(spec) && 'default' in spec));
  }
  return { variables, outputs: new Set(Object.keys(isObject(json.output) ? json.output : {})) };
}

/** The `*.tf.json` files of one directory merged into one object (per top-level block, then per name). */
export function readRoot(dir: string): Json | undefined {
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.tf.json'))
    .sort();
  if (parts.length === 0) return undefined;
  const merged: Record<string, Json> = {};
  for (const f of parts) {
    const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, Json>;
    for (const [k, v] of Object.entries(json)) merged[k] = { ...merged[k], ...v };
  }
  return merged;
}

/** Every directory under `dir` (itself included) holding `*.tf.json`, skipping `.terraform` and `.build`. */
export function findRoots(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const roots: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name.endsWith('.tf.json'))) roots.push(dir);
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      roots.push(...findRoots(join(dir, e.name)));
  }
  return roots.sort();
}

/** Problems with the `module` blocks of one root; empty when clean. */
export function checkModuleCalls(json: Json, resolve: Resolve): string[] {
  const problems: string[] = [];
  const called = new Map<string, ModuleInterface>();
  for (const [name, raw] of Object.entries(isObject(json.module) ? json.module : {})) {
    const block = isObject(raw) ? raw : {};
    const source = block.source;
    if (typeof source !== 'string' || source === '') {
      problems.push(`module ${name}: no source`);
      continue;
    }
    if (!isLocalSource(source)) continue;
    const iface = resolve(source);
    if (iface === undefined) {
      problems.push(`module ${name}: source ${source} does not exist`);
      continue;
    }
    if (iface === null) continue;
    called.set(name, iface);
    for (const arg of Object.keys(block)) {
      if (!META.has(arg) && !iface.variables.has(arg))
        problems.push(`module ${name}: ${arg} is not a variable of ${source}`);
    }
    for (const [variable, required] of iface.variables) {
      if (required && !(variable in block))
        problems.push(`module ${name}: required variable ${variable} is not set`);
    }
  }
  walk(json, '', (s, path) => {
    for (const expression of interpolations(s)) {
      for (const ref of traversals(expression)) {
        const [name, output] = ref.parts;
        const iface = ref.root === 'module' && name ? called.get(name) : undefined;
        if (iface && output && !iface.outputs.has(output))
          problems.push(`${path}: module ${name} has no output ${output}`);
      }
    }
  });
  return problems;
}

function walk(value: unknown, path: string, visit: (s: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, visit);
  else if (isObject(value))
    for (const [k, item] of Object.entries(value)) walk(item, path ? `${path}.${k}` : k, visit);
}
