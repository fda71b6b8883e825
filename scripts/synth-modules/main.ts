/** Synthesis of every stack into modules/<name>/, the drift check and the lint run; the CLI is cli.ts. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { MODULES, type ModuleName, synthModule } from '../../stacks/src/modules.js';
import { type BundleSpec, buildAll, driftAll, writeAll } from '../bundles/index.js';
import { checkModuleCalls, findRoots, moduleInterface, readRoot } from './calls.js';
import { consoleSiteDrift, writeConsoleSite } from './console-site.js';
import { lintModule } from './lint.js';
import { renderReadme } from './readme.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

export interface Generated {
  files: GeneratedFile[];
  modules: { name: string; dir: string; json: Record<string, unknown> }[];
}

export function generate(root: string): Generated {
  const scratch = mkdtempSync(join(tmpdir(), 'dlt-synth-'));
  try {
    const files: GeneratedFile[] = [];
    const modules: Generated['modules'] = [];
    for (const name of Object.keys(MODULES) as ModuleName[]) {
      const { json, stack } = synthModule(name, scratch);
      const dir = join(root, 'modules', name);
      files.push({ path: join(dir, 'main.tf.json'), content: `${JSON.stringify(json, null, 2)}\n` });
      files.push({ path: join(dir, 'README.md'), content: renderReadme(name, stack.doc, json) });
      modules.push({ name, dir, json });
    }
    return { files, modules };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Human-readable drift: which files differ and a few differing lines of each. */
export function drift(files: GeneratedFile[], root: string): string[] {
  const report: string[] = [];
  for (const file of files) {
    const rel = relative(root, file.path);
    if (!existsSync(file.path)) {
      report.push(`${rel}: missing (run npm run synth:modules)`);
      continue;
    }
    const committed = readFileSync(file.path, 'utf8');
    if (committed === file.content) continue;
    const a = committed.split('\n');
    const b = file.content.split('\n');
    const removed = unmatched(a, b);
    const added = unmatched(b, a);
    report.push(`${rel}: differs (${removed.length} lines only committed, ${added.length} lines only fresh)`);
    for (const line of removed.slice(0, 5)) report.push(`  - ${line.trim()}`);
    for (const line of added.slice(0, 5)) report.push(`  + ${line.trim()}`);
  }
  return report;
}

/** Lines of `a` left over after pairing each with an equal line of `b` (a multiset difference). */
function unmatched(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of b) counts.set(line, (counts.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    return n === 0;
  });
}

/** `source_dir`/`source_file` under `${path.module}` must exist beside the module (bundles travel with it). */
export function missingModuleFiles(dir: string, json: Record<string, unknown>): string[] {
  const text = JSON.stringify(json);
  const missing: string[] = [];
  for (const m of text.matchAll(/"source_(?:dir|file)":"\$\{path\.module\}\/([^"]+)"/g)) {
    if (m[1] && !existsSync(join(dir, m[1])))
      missing.push(`${relative(process.cwd(), dir)}: ${m[1]} does not exist`);
  }
  return missing;
}

/**
 * Lint every module and every Terraform JSON root under `examples/` (e.g. `examples/terraform/complete`,
 * `examples/terraform/terraform-cloud/core`), including their module calls; HCL examples need terraform to check.
 */
export function lintAll(root: string, generated: Generated): string[] {
  const forbiddenPrefixes = [root, homedir()].filter((p) => p.length > 1);
  const problems: string[] = [];
  for (const m of generated.modules) {
    for (const p of lintModule(m.json, { child: true, forbiddenPrefixes }))
      problems.push(`modules/${m.name}: ${p}`);
    problems.push(...missingModuleFiles(m.dir, m.json));
  }
  // A fresh synthesis wins over the files on disk, so --check judges examples against what CI would commit.
  const fresh = new Map(generated.modules.map((m) => [resolvePath(m.dir), m.json]));
  for (const dir of findRoots(join(root, 'examples'))) {
    const json = readRoot(dir);
    if (!json) continue;
    const label = relative(root, dir);
    const resolve = (source: string) => {
      const target = resolvePath(dir, source);
      const known = fresh.get(target);
      if (known) return moduleInterface(known);
      if (!existsSync(target)) return undefined;
      const onDisk = readRoot(target);
      return onDisk ? moduleInterface(onDisk) : null;
    };
    for (const p of [
      ...lintModule(json, { child: false, forbiddenPrefixes }),
      ...checkModuleCalls(json, resolve),
    ])
      problems.push(`${label}: ${p}`);
  }
  return problems;
}

export interface RunOptions {
  /** Where the Lambda sources are (the repository); default `root`. Tests write modules to a scratch root. */
  sourceRoot?: string;
  /** The bundles to build; default every bundle of scripts/bundles/manifest.ts. */
  bundles?: BundleSpec[];
  /** Copy (or, with --check, compare) web/dist into modules/console/site; default true. */
  consoleSite?: boolean;
}

/**
 * Bundles first (the module lint checks the bundled folders exist), then synthesis and lint. `--check` writes
 * nothing and fails on drifted modules, on committed bundles that differ from a fresh build, or on lint problems.
 */
export function run(argv: string[], root: string, options: RunOptions = {}): number {
  const check = argv.includes('--check');
  const started = performance.now();
  let failed = false;
  const bundles = buildAll(options.sourceRoot ?? root, options.bundles);
  const bundleMs = performance.now() - started;
  if (check) {
    const report = driftAll(bundles, root);
    if (report.length > 0) {
      console.error(
        `function bundles differ from a fresh build (run npm run synth:modules and commit):\n${report.join('\n')}`,
      );
      failed = true;
    } else console.log(`bundles: ${bundles.bundles.length - bundles.warnings.length} folders up to date`);
  } else {
    writeAll(bundles, root);
    console.log(bundles.report);
  }
  if (options.consoleSite !== false) {
    if (check) {
      const report = consoleSiteDrift(root);
      if (report.length > 0) {
        console.error(
          `the console site differs from web/dist (run npm run synth:modules and commit):\n${report.join('\n')}`,
        );
        failed = true;
      } else console.log('console site: up to date with web/dist');
    } else {
      const written = writeConsoleSite(root);
      console.log(
        written > 0
          ? `console site: copied ${written} files from web/dist`
          : 'console site: web/dist is not built; modules/console/site left as it was',
      );
    }
  }
  const synthStarted = performance.now();
  const generated = generate(root);
  const synthMs = performance.now() - synthStarted;
  if (check) {
    const report = drift(generated.files, root);
    if (report.length > 0) {
      console.error(
        `modules drifted from stacks/ (run npm run synth:modules and commit):\n${report.join('\n')}`,
      );
      failed = true;
    } else console.log(`modules: ${generated.files.length} files up to date`);
  } else {
    for (const file of generated.files) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.content);
    }
    console.log(`modules: wrote ${generated.files.length} files`);
  }
  const problems = lintAll(root, generated);
  if (problems.length > 0) {
    console.error(`module lint: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    failed = true;
  } else console.log(`module lint: ${generated.modules.length} modules and the examples clean`);
  for (const w of bundles.warnings) console.error(w);
  console.log(
    `bundles ${bundleMs.toFixed(0)} ms, synth ${synthMs.toFixed(0)} ms, total ${(performance.now() - started).toFixed(0)} ms`,
  );
  return failed ? 1 : 0;
}
