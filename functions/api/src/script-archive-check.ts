/**
 * POST /scenarios with `fileType: "zip"` (our addition): the uploaded archive is checked before anything is
 * written, so a zip slip, a zip bomb or an archive without a script is a 400 now instead of a failed run later.
 * DLT only checks the archive inside the task (load-test.sh).
 */
import { inspectScriptArchive, isScriptArchiveError, type ScenarioRequest } from '@dlt/shared';
import { SCRIPT_EXTENSIONS, type ScriptTestType, scriptKey } from '@dlt/shared/storage';
import { invalidBody } from './http.js';
import type { RouteDeps } from './ports.js';
import { MAX_SCRIPT_BYTES } from './script-upload.js';

function isScriptTestType(testType: string): testType is ScriptTestType {
  return Object.hasOwn(SCRIPT_EXTENSIONS, testType);
}

/**
 * Throws 400 `INVALID_REQUEST_BODY: <why>` for a bad archive. A missing upload is let through, as DLT does:
 * the console uploads before it calls the API, and a task reports the missing script.
 */
export async function checkUploadedScriptArchive(
  deps: RouteDeps,
  testId: string,
  request: Pick<ScenarioRequest, 'testType' | 'fileType'>,
): Promise<void> {
  if (request.fileType !== 'zip' || !isScriptTestType(request.testType)) return;
  const key = scriptKey(request.testType, testId, 'zip');
  const info = await deps.objects.head(key);
  if (info === undefined) return;
  if (info.size > MAX_SCRIPT_BYTES) {
    throw invalidBody(`The zip archive is larger than ${MAX_SCRIPT_BYTES / (1024 * 1024)} MB.`);
  }
  const archive = await deps.objects.get(key);
  if (archive === undefined) return;
  try {
    await inspectScriptArchive(archive, { testType: request.testType });
  } catch (error) {
    if (isScriptArchiveError(error)) throw invalidBody(error.message);
    throw error;
  }
}
