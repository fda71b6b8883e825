import { orchestrationLambda } from '@dlt/aws-adapters';
import { createSfnFailureHandler } from './handler.js';

export const handler = orchestrationLambda('sfn-failure-handler', createSfnFailureHandler);
