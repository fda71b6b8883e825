/**
 * The AWS entry point: the API handler over the AWS ports built from the environment (`aws-wiring.ts`), with
 * Powertools logging and X-Ray tracing of every AWS SDK client.
 * UNTESTED against AWS: the wiring is tested with aws-sdk-client-mock and the storage stand-ins only.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { awsApiDeps } from './aws-wiring.js';
import { createApiHandler } from './handler.js';

const logger = new Logger({ serviceName: 'dlt-api' });
const tracer = new Tracer({ serviceName: 'dlt-api' });
const api = createApiHandler({
  ...awsApiDeps(process.env, { logger, instrument: (client) => tracer.captureAWSv3Client(client) }),
  logger,
});

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  logger.addContext(context);
  return api(event, context);
};
