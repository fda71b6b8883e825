#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The AWS SDK warns on every start that releases after January 2027 need Node 22; that is for the project's
// maintainers (docs/architecture.md), not for every user of the CLI. Every other warning still prints.
const nodeWarningListeners = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'NodeVersionSupportWarning' || warning.message.startsWith('NodeVersionSupportWarning'))
    return;
  for (const listener of nodeWarningListeners) listener(warning);
});

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error(
    'dlt: the CLI is not built yet. Run `npm install` (or `npm run build`) at the repository root.',
  );
  process.exit(2);
}
await import(main.href);
