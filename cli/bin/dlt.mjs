#!/usr/bin/env node
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error(
    'dlt: the CLI is not built yet. Run `npm install` (or `npm run build`) at the repository root.',
  );
  process.exit(2);
}
await import(main.href);
