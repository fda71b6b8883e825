import { type ObjectStore, type ScriptExtension, scriptKey } from '@dlt/shared/storage';
import type { TaskStore } from '../task-store.js';
import { withRetries } from '../task-store.js';
import { type PreparedScript, prepareDownloadedScript, ScriptPrepareError } from './prepare.js';
import type { ScriptTaskPlan } from './task-plan.js';

/**
 * Task host: the uploaded script is `public/test-scenarios/{executor}/{testId}.{ext}` (DLT's key, `scriptKey`),
 * the extension taken from the name the scenario gives (`<testId>.py`, `<testId>.zip`, ...).
 */
export async function downloadScript(
  objects: ObjectStore,
  store: TaskStore,
  plan: ScriptTaskPlan,
  testId: string,
): Promise<PreparedScript> {
  let key: string;
  try {
    key = scriptKey(plan.engine, testId, plan.extension as ScriptExtension);
  } catch (err) {
    throw new ScriptPrepareError(`cannot locate the script of ${testId}: ${(err as Error).message}`);
  }
  let bytes: Buffer | undefined;
  try {
    bytes = await withRetries(`downloading ${store.url(key)}`, () => objects.get(key));
  } catch (err) {
    throw new ScriptPrepareError(`cannot download the script: ${(err as Error).message}`);
  }
  if (bytes === undefined) {
    throw new ScriptPrepareError(
      `no script at ${store.url(key)}: upload the ${plan.engine} script for ${testId}`,
    );
  }
  return prepareDownloadedScript(plan, bytes);
}
