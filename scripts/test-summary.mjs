#!/usr/bin/env node
// Prints vitest's totals as one plain line, `N passed, N failed, N skipped`, for CI logs that read it.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest/results.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
process.exit(r.numFailedTests > 0 || r.numPassedTests === 0 ? 1 : 0);
