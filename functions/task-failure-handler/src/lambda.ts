import { orchestrationLambda } from '@dlt/aws-adapters';
import { createTaskFailureHandler } from './handler.js';

export const handler = orchestrationLambda('task-failure-handler', createTaskFailureHandler);
