/**
 * Regenerates docs/openapi.json: `node scripts/run-ts.mjs functions/api/src/openapi/write.ts`.
 * run-ts bundles this file into a temporary folder beside it, so the repository root is found by walking up.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENAPI_DOC_PATH, renderOpenApiJson } from './document.js';

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'functions', 'api', 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

const file = join(repoRoot(dirname(fileURLToPath(import.meta.url))), OPENAPI_DOC_PATH);
await writeFile(file, renderOpenApiJson());
console.log(`wrote ${file}`);
