import { orchestrationLambda } from '@dlt/aws-adapters';
import { createTaskRunnerHandler } from './handler.js';

/** The AWS entry: Powertools logger and tracer, dependencies from the environment (see @dlt/aws-adapters). */
export const handler = orchestrationLambda('task-runner', createTaskRunnerHandler);
