import { readFileSync } from 'node:fs';
import { configureCommand } from './commands/configure.js';
import { localCommand } from './commands/local.js';
import { loginCommand, logoutCommand } from './commands/login.js';
import { mcpCommand } from './commands/mcp.js';
import { EXIT_ERROR, RUN_USAGE, runCommand } from './commands/run.js';
import { runsCommand } from './commands/runs.js';
import { scenariosCommand } from './commands/scenarios.js';
import { UsageError } from './scenario-file.js';

const USAGE = `usage: dlt <command> [options]

commands:
  run <scenario>   run a load test on this machine, or on a stack with --endpoint/--profile (dlt run --help)
  configure        write a profile for a deployed stack: endpoint, region, IAM or Cognito (dlt configure --help)
  login | logout   Cognito login for a profile: username+password (SRP) or browser (dlt login --help)
  local up|status|down|login-link
                   local mode: the API on 127.0.0.1 over embedded storage (dlt local --help)
  scenarios list|get|create|delete
                   scenarios over the API, local mode by default (dlt scenarios --help)
  runs list|get|latest|baseline|download|compare
                   test runs, baselines, result files and comparisons over the API (dlt runs --help)
  mcp              the MCP server on stdio for AI assistants (dlt mcp --help)
  version          print the version`;

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
    case 'configure':
      return configureCommand(rest);
    case 'login':
      return loginCommand(rest);
    case 'logout':
      return logoutCommand(rest);
    case 'mcp':
      return mcpCommand(rest);
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
  // Baked in by scripts/bundle-cli.mjs, whose single file has no package.json beside it.
  if (process.env.DLT_BUNDLED_VERSION) return process.env.DLT_BUNDLED_VERSION;
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
    const code = (err as { code?: string }).code;
    if (err instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dlt: ${(err as Error).message}\n`);
    } else if (
      code === 'DLT_NOT_IN_BUNDLE' ||
      (code === 'ERR_MODULE_NOT_FOUND' && /@dlt\//.test(String(err)))
    ) {
      // The single-file bundle (dist/dlt.mjs) is for remote stacks; local mode and local runs need the install.
      process.stderr.write(
        'dlt: this command needs local mode, which the single-file build leaves out; use --endpoint/--profile, ' +
          'or the full install (npm ci, then npx dlt)\n',
      );
    } else {
      process.stderr.write(`dlt: internal error: ${(err as Error).stack ?? String(err)}\n`);
    }
    process.exitCode = EXIT_ERROR;
  },
);

export { RUN_USAGE };
