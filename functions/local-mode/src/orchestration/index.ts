export { type ExecutionEnd, LocalExecutions } from './local-executions.js';
export { LocalTaskLauncher } from './local-launcher.js';
export {
  LOCAL_ORCHESTRATION_ARNS,
  type LocalOrchestration,
  type LocalOrchestrationOptions,
  startLocalOrchestration,
  workerScriptPath,
} from './local-orchestration.js';
export { type ReconcileResult, reconcileInterruptedRuns } from './reconcile.js';
