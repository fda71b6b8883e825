import { orchestrationLambda } from '@dlt/aws-adapters';
import { createOrphanCleanupHandler } from './handler.js';

export const handler = orchestrationLambda('orphan-cleanup', createOrphanCleanupHandler);
