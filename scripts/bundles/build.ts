/**
 * Builds the Lambda bundles of `manifest.ts` with esbuild, in memory, so the same build can be written into
 * `modules/` or compared byte for byte with what is committed there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { type BuildOptions, buildSync, type Metafile } from 'esbuild';
import type { BundleSpec } from './manifest.js';

/** Bundled code may call require() (CommonJS dependencies); an ES module has none unless it makes one. */
const REQUIRE_BANNER =
  "import{createRequire as __dltCreateRequire}from'node:module';const require=__dltCreateRequire(import.meta.url);";

/** The third-party list written beside the code of every bundle. */
export const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.txt';

/** The esbuild options every bundle shares; see README.md for why the AWS SDK is bundled. */
export const ESBUILD_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  // Stack traces and logged errors keep class and function names.
  keepNames: true,
  sourcemap: false,
  legalComments: 'none',
  // ESM builds of dependencies first: they tree-shake; CommonJS ones are the fallback.
  mainFields: ['module', 'main'],
  outExtension: { '.js': '.mjs' },
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: REQUIRE_BANNER },
  charset: 'utf8',
  logLevel: 'silent',
} as const satisfies BuildOptions;

export interface BuiltFile {
  /** Relative to the bundle folder, with `/` separators. */
  path: string;
  contents: Uint8Array;
}

export interface BuiltBundle {
  spec: BundleSpec;
  /** Sorted by path. Empty when skipped. */
  files: BuiltFile[];
  /** Why the bundle was not built (an optional entry is missing); the folder is then left alone. */
  skipped?: string;
}

const posix = (path: string) => path.split(sep).join('/');

/** Builds one bundle from the sources under `sourceRoot`. Deterministic: same sources, same bytes. */
export function buildBundle(spec: BundleSpec, sourceRoot: string): BuiltBundle {
  const missing = Object.values(spec.entries).filter((entry) => !existsSync(join(sourceRoot, entry)));
  if (missing.length > 0) {
    const reason = `entry ${missing.join(', ')} does not exist`;
    if (spec.optional) return { spec, files: [], skipped: reason };
    throw new Error(`bundle ${spec.name}: ${reason}`);
  }
  const outdir = join(sourceRoot, spec.outDir);
  const result = buildSync({
    ...ESBUILD_OPTIONS,
    absWorkingDir: sourceRoot,
    entryPoints: Object.fromEntries(
      Object.entries(spec.entries).map(([name, entry]) => [name, join(sourceRoot, entry)]),
    ),
    outdir,
    write: false,
    metafile: true,
  });
  const files: BuiltFile[] = (result.outputFiles ?? []).map((f) => ({
    path: posix(relative(outdir, f.path)),
    contents: f.contents,
  }));
  files.push({
    path: THIRD_PARTY_FILE,
    contents: new TextEncoder().encode(thirdPartyList(result.metafile, sourceRoot)),
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { spec, files };
}

/** `name@version (license)` of every package that contributed code, for the bundle's licence obligations. */
export function thirdPartyList(metafile: Metafile, sourceRoot: string): string {
  const packages = new Map<string, string>();
  for (const input of Object.keys(metafile.inputs)) {
    const parts = posix(input).split('/');
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) continue;
    const scoped = parts[at + 1]?.startsWith('@');
    const dir = parts.slice(0, at + (scoped ? 3 : 2)).join('/');
    if (packages.has(dir)) continue;
    const manifest = join(sourceRoot, dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version?: string;
      license?: string;
    };
    packages.set(dir, `${pkg.name}@${pkg.version} (${pkg.license ?? 'no license field'})`);
  }
  const lines = [...new Set(packages.values())].sort();
  return [
    'Third-party packages bundled into this folder (name@version (license)).',
    'Their licence texts are in each package as published on npm.',
    '',
    ...lines,
    '',
  ].join('\n');
}

/** Every file under `dir`, relative and `/`-separated, sorted; empty when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Replaces the bundle folder under `outRoot` with the built files; a skipped bundle is left as it is. */
export function writeBundle(bundle: BuiltBundle, outRoot: string): void {
  if (bundle.skipped) return;
  const dir = join(outRoot, bundle.spec.outDir);
  rmSync(dir, { recursive: true, force: true });
  for (const file of bundle.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

/** How the committed folder under `root` differs from the fresh build; empty when identical. */
export function bundleDrift(bundle: BuiltBundle, root: string): string[] {
  if (bundle.skipped) return [];
  const dir = join(root, bundle.spec.outDir);
  const label = posix(relative(root, dir));
  const fresh = new Map(bundle.files.map((f) => [f.path, f.contents]));
  const report: string[] = [];
  for (const path of listFiles(dir)) {
    const built = fresh.get(path);
    if (built === undefined) report.push(`${label}/${path}: not produced by the build (stale)`);
    else if (!Buffer.from(built).equals(readFileSync(join(dir, path))))
      report.push(`${label}/${path}: differs from a fresh build`);
    fresh.delete(path);
  }
  for (const path of fresh.keys()) report.push(`${label}/${path}: missing`);
  return report;
}
