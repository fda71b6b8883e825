// Test-only: `dlt local up` in a child process, with a fake API handler (the API is tested on its own).
import { localCommand } from './local.js';

process.exitCode = await localCommand(process.argv.slice(2), {
  createHandler: () => async (event) => ({
    statusCode: 200,
    body: JSON.stringify({ path: event.path, method: event.httpMethod }),
  }),
});
