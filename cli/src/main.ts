import { readFileSync } from 'node:fs';
import { localCommand } from './commands/local.js';
import { EXIT_ERROR, RUN_USAGE, runCommand } from './commands/run.js';
import { runsCommand } from './commands/runs.js';
import { scenariosCommand } from './commands/scenarios.js';
import { UsageError } from './scenario-file.js';

const USAGE = `usage: dlt <command> [options]

commands:
  run <scenario>   run a load test on this machine (dlt run --help)
  local up|status|down
                   local mode: the API on 127.0.0.1 over embedded storage (dlt local --help)
  scenarios list|get|create|delete
                   scenarios over the API, local mode by default (dlt scenarios --help)
  runs list|get|latest|baseline
                   test runs and baselines over the API (dlt runs --help)
  version          print the version

Other commands (mcp) arrive with the orchestration work.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return runCommand(rest);
    case 'local':
      return localCommand(rest);
    case 'scenarios':
      return scenariosCommand(rest);
    case 'runs':
      return runsCommand(rest);
    case 'version':
    case '--version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? EXIT_ERROR : 0;
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  }
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Bad input gets a message, never a stack trace; a stack means a bug and is worth reporting.
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dlt: ${(err as Error).message}\n`);
    } else {
      process.stderr.write(`dlt: internal error: ${(err as Error).stack ?? String(err)}\n`);
    }
    process.exitCode = EXIT_ERROR;
  },
);

export { RUN_USAGE };
