import { orchestrationLambda } from '@dlt/aws-adapters';
import { createLivePublisherHandler } from './handler.js';

export const handler = orchestrationLambda('real-time-data-publisher', (deps) =>
  createLivePublisherHandler({ publisher: deps.live!, logger: deps.logger }),
);
