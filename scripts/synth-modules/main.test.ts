import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, buildAll, driftAll } from '../bundles/index.js';
import { drift, generate, lintAll, run } from './main.js';

const repo = join(import.meta.dirname, '..', '..');

/** Scratch runs rebuild only the orchestration bundle; the other function folders are copied from the repo. */
const scratchBuild = {
  sourceRoot: repo,
  bundles: BUNDLES.filter((b) => b.name === 'core/orchestration'),
  // The console site has its own test (console-site.test.ts); a scratch root has no web/dist.
  consoleSite: false,
};

/** A scratch root with the hand-written module files (function placeholders) but no generated ones. */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dlt-synth-test-'));
  mkdirSync(join(root, 'modules'), { recursive: true });
  for (const name of ['core', 'regional', 'mcp']) {
    const functions = join(repo, 'modules', name, 'functions');
    if (existsSync(functions))
      cpSync(functions, join(root, 'modules', name, 'functions'), { recursive: true });
  }
  return root;
}

describe('synth-modules', () => {
  it('is deterministic: two syntheses give identical files', () => {
    const a = generate(repo).files;
    const b = generate(repo).files;
    expect(a.map((f) => f.content)).toEqual(b.map((f) => f.content));
  });

  it('writes modules that the check then accepts, and flags an edited file', () => {
    const root = scratchRoot();
    expect(run([], root, scratchBuild)).toBe(0);
    expect(run(['--check'], root, scratchBuild)).toBe(0);
    const main = join(root, 'modules', 'core', 'main.tf.json');
    writeFileSync(main, readFileSync(main, 'utf8').replace('"PAY_PER_REQUEST"', '"PROVISIONED"'));
    const report = drift(generate(root).files, root);
    expect(report[0]).toMatch(
      /^modules\/core\/main\.tf\.json: differs \(1 lines only committed, 1 lines only fresh\)/,
    );
    expect(report).toContain('  + "billing_mode": "PAY_PER_REQUEST",');
    expect(run(['--check'], root, scratchBuild)).toBe(1);
  });

  it('fails the check when a committed bundle differs from a fresh build', () => {
    const root = scratchRoot();
    expect(run([], root, scratchBuild)).toBe(0);
    const entry = join(root, 'modules', 'core', 'functions', 'orchestration', 'task-runner.mjs');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}\n// edited by hand\n`);
    expect(driftAll(buildAll(repo, scratchBuild.bundles), root)).toEqual([
      'modules/core/functions/orchestration/task-runner.mjs: differs from a fresh build',
    ]);
    expect(run(['--check'], root, scratchBuild)).toBe(1);
  });

  it('reports missing generated files and missing function bundles', () => {
    const root = mkdtempSync(join(tmpdir(), 'dlt-synth-test-'));
    const generated = generate(root);
    expect(drift(generated.files, root)).toContain(
      'modules/core/README.md: missing (run npm run synth:modules)',
    );
    expect(lintAll(root, generated).join('\n')).toMatch(/functions\/api does not exist/);
  });

  it('lints example roots, including the variables they pass to generated modules', () => {
    const root = scratchRoot();
    const example = join(root, 'examples', 'terraform', 'broken');
    mkdirSync(example, { recursive: true });
    writeFileSync(
      join(example, 'main.tf.json'),
      JSON.stringify({
        terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '>= 6.25' } } },
        module: { core: { source: '../../../modules/core', admin_name: 'admin', admin_mail: 'x' } },
        output: { x: { description: 'x', value: '${module.core.api_url}' } },
      }),
    );
    expect(lintAll(root, generate(root))).toEqual([
      'examples/terraform/broken: module core: admin_mail is not a variable of ../../../modules/core',
      'examples/terraform/broken: module core: required variable admin_email is not set',
      'examples/terraform/broken: output.x.value: module core has no output api_url',
    ]);
  });

  it('keeps the committed modules and bundles in sync with stacks/ and functions/ (the CI drift check)', () => {
    expect(driftAll(buildAll(repo), repo)).toEqual([]);
    expect(drift(generate(repo).files, repo)).toEqual([]);
    expect(lintAll(repo, generate(repo))).toEqual([]);
  });
});
