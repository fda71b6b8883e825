#!/usr/bin/env node
// Entry point of the `dlt-demo-target` bin; all logic lives in cli.ts so tests can import it.
import { runCli } from './cli.js';

await runCli(process.argv.slice(2));
