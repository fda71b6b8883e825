import type { TaskEngine } from '../task-run.js';
import type { PreparedScript } from './prepare.js';
import { parseAdapterChoice, SCRIPT_ADAPTER_ENV, selectAdapter } from './select.js';
import { scriptTaskEngine } from './task-engine.js';
import type { ScriptTaskPlan } from './task-plan.js';

/**
 * Everything a host does before the ready line of a script task: choose the adapter and check its engine is
 * installed (first, so a missing engine fails before any download), then fetch and unpack the script.
 * Throws ScriptEngineUnavailable or ScriptPrepareError with a message for the user.
 */
export async function setUpScriptTask(
  plan: ScriptTaskPlan,
  fetchScript: () => Promise<PreparedScript>,
  env: Record<string, string | undefined> = process.env,
): Promise<TaskEngine> {
  const adapter = await selectAdapter(plan.engine, parseAdapterChoice(env[SCRIPT_ADAPTER_ENV]));
  const script = await fetchScript();
  return scriptTaskEngine(adapter, plan, script);
}
