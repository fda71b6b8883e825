#!/usr/bin/env node
// Builds `dist/dlt.mjs`: the whole `dlt` command in one file that needs only Node.js (≥ 20.18), for CI jobs and
// machines that talk to a deployed stack: `node dlt.mjs run scenario.yaml --endpoint … --wait`.
//
// Everything is bundled (workspace packages, the AWS SDK, yaml, report renderers) except local mode:
// `@dlt/local-mode` pulls in dynalite, whose LevelDB binding (classic-level) is a native addon that cannot be
// bundled, plus s3rver, aedes and the Step Functions emulator, none of which a remote user needs. It is replaced
// by a stub that makes `dlt local …` and discovery of a running local stack say so in one line. A local
// `dlt run` (worker processes from @dlt/load-tester) likewise needs the full install.
//
// Usage: node scripts/bundle-cli.mjs [--outfile dist/dlt.mjs] [--metafile]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { outfile: { type: 'string', default: 'dist/dlt.mjs' }, metafile: { type: 'boolean' } },
});
const outfile = resolve(root, values.outfile);
const cliDir = join(root, 'cli');
const { version } = createRequire(import.meta.url)(join(cliDir, 'package.json'));

const STUB_MESSAGE =
  'local mode is not part of the single-file build of dlt: use --endpoint URL or --profile NAME, ' +
  'or the full install (npm ci, then npx dlt) for local mode';

/** The names the CLI imports from @dlt/local-mode, read from its source so the stub keeps up by itself. */
function localModeImports() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/(?<!\.test|test-support|\.fixture)\.ts$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(
          /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@dlt\/local-mode'/g,
        )) {
          for (const part of m[1].split(',')) {
            const name = part
              .replace(/^\s*type\s+/, '')
              .split(/\s+as\s+/)[0]
              .trim();
            if (name) names.add(name);
          }
        }
      }
    }
  };
  walk(join(cliDir, 'src'));
  return [...names].sort();
}

/** An ESM stub: every imported name is a function that fails with one clear sentence (constants included). */
function localModeStub() {
  const lines = [
    `const fail = () => { throw Object.assign(new Error(${JSON.stringify(STUB_MESSAGE)}), { code: 'DLT_NOT_IN_BUNDLE' }); };`,
    'export const __dltBundleStub = true;',
    ...localModeImports().map((name) => `export const ${name} = fail;`),
  ];
  return lines.join('\n');
}

mkdirSync(dirname(outfile), { recursive: true });
const result = await build({
  entryPoints: [join(cliDir, 'src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: false,
  sourcemap: false,
  legalComments: 'eof',
  metafile: true,
  // main.ts reads ../package.json for `dlt version`; next to the bundle there is none, so the version is baked in.
  define: { 'process.env.DLT_BUNDLED_VERSION': JSON.stringify(version) },
  plugins: [
    {
      name: 'leave-out-local-mode',
      setup(b) {
        b.onResolve({ filter: /^@dlt\/local-mode$/ }, () => ({
          path: 'local-mode-stub',
          namespace: 'dlt-stub',
        }));
        b.onLoad({ filter: /.*/, namespace: 'dlt-stub' }, () => ({
          contents: localModeStub(),
          loader: 'js',
        }));
      },
    },
  ],
  banner: {
    js: [
      '#!/usr/bin/env node',
      // Bundled CommonJS dependencies call require(); ESM output has none.
      "import { createRequire as __dltCreateRequire } from 'node:module'; const require = __dltCreateRequire(import.meta.url);",
    ].join('\n'),
  },
  logLevel: 'warning',
});

if (values.metafile) writeFileSync(`${outfile}.meta.json`, JSON.stringify(result.metafile));
const external =
  Object.values(result.metafile.outputs)[0]
    ?.imports.filter((i) => i.external)
    .map((i) => i.path) ?? [];
const unexpected = [...new Set(external)].filter((p) => !p.startsWith('node:') && !isBuiltin(p));
const size = statSync(outfile).size;
console.log(`${values.outfile}: ${(size / 1048576).toFixed(1)} MB, dlt ${version}`);
if (unexpected.length > 0) {
  console.error(
    `bundle-cli: these imports were left external and need node_modules: ${unexpected.join(', ')}`,
  );
  process.exit(1);
}

function isBuiltin(name) {
  return createRequire(import.meta.url)('node:module').builtinModules.includes(name.replace(/^node:/, ''));
}
