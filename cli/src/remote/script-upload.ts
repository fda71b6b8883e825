/**
 * Script tests (JMeter, k6, Locust) on a stack: the script named in the scenario file is uploaded through the
 * API's presigned PUT (`POST /scenarios/{testId}/script`) to DLT's key `public/test-scenarios/{type}/{testId}.{ext}`,
 * and the scenario then names it `{testId}.{ext}`, as DLT's console does.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { generateTestId } from '@dlt/shared';
import { SCRIPT_EXTENSIONS, type ScriptTestType } from '@dlt/shared/storage';
import { type ApiClient, ClientError, segment } from '../api-client/index.js';
import { UsageError } from '../scenario-file.js';

interface PresignedUpload {
  key: string;
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
}

function isScriptType(value: unknown): value is ScriptTestType {
  return typeof value === 'string' && Object.hasOwn(SCRIPT_EXTENSIONS, value);
}

/**
 * Uploads the scenario's script when the file names a local one, and rewrites the body to point at the upload.
 * Gives the body a testId first when it has none: the upload's key needs it. Returns the uploaded key, if any.
 */
export async function uploadScenarioScript(
  api: ApiClient,
  body: Record<string, unknown>,
  scenarioFile: string,
  opts: { fetch?: typeof fetch } = {},
): Promise<string | undefined> {
  const testType = body.testType;
  if (!isScriptType(testType)) return undefined;
  const scenarios = (body.testScenario as { scenarios?: Record<string, { script?: unknown }> } | undefined)
    ?.scenarios;
  const named = Object.entries(scenarios ?? {}).filter(([, s]) => typeof s?.script === 'string');
  if (named.length === 0) return undefined;
  if (named.length > 1)
    throw new UsageError(`${scenarioFile}: a ${testType} test runs one script, found ${named.length}`);
  const [name, spec] = named[0]!;
  const script = spec.script as string;
  const testId = typeof body.testId === 'string' ? body.testId : generateTestId();
  const ext = extname(script).slice(1).toLowerCase();
  // Already `<testId>.<ext>` and no such local file: the script was uploaded before (e.g. by the console).
  const path = resolve(dirname(resolve(scenarioFile)), script);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (script === `${testId}.${ext}`) return undefined;
    throw new UsageError(
      `${scenarioFile}: scenario ${name} runs ${script}, but ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  const allowed: readonly string[] = SCRIPT_EXTENSIONS[testType];
  if (!allowed.includes(ext)) {
    throw new UsageError(
      `${scenarioFile}: a ${testType} script must be ${allowed.map((e) => `.${e}`).join(', ')}, not ${script}`,
    );
  }
  const upload = await api.request<PresignedUpload>('POST', `/scenarios/${segment(testId)}/script`, {
    body: { testType, extension: ext, contentLength: bytes.length },
  });
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(upload.url, {
      method: upload.method,
      headers: upload.headers,
      body: new Uint8Array(bytes),
      signal: AbortSignal.timeout(300_000),
    });
  } catch (error) {
    throw new ClientError(`cannot upload ${script}: ${(error as Error).message}`);
  }
  if (!res.ok) throw new ClientError(`the upload of ${script} was refused: HTTP ${res.status}`);
  body.testId = testId;
  body.fileType ??= ext === 'zip' ? 'zip' : 'script';
  spec.script = `${testId}.${ext}`;
  return upload.key;
}
