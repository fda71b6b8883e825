import { fail } from '../protocol.js';
import type { FinishedTask, TaskRun } from '../task-run.js';
import { ScriptEngineError } from './runner.js';

/** Runs the task; a script engine that failed ends the worker with exit 2 and its message (stderr and `error`). */
export async function runTaskOrFail(task: TaskRun, startAt: number): Promise<FinishedTask> {
  try {
    return await task.run(startAt);
  } catch (err) {
    if (err instanceof ScriptEngineError) fail(err.message, 2);
    throw err;
  }
}
