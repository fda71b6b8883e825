/**
 * The AWS entry point. UNTESTED: the RunStarter (Step Functions) and RegionInfoPort (ECS, Service Quotas)
 * for AWS come in other issues; until then those routes answer 501.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import {
  createStorageClients,
  HistoryStore,
  ObjectStore,
  ScenarioStore,
  storageNamesFromEnv,
} from '@dlt/shared/storage';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { createApiHandler } from './handler.js';
import { ApiError } from './http.js';
import type { RegionInfoPort, RunStarter } from './ports.js';

const logger = new Logger({ serviceName: 'dlt-api' });
const names = storageNamesFromEnv();
const clients = createStorageClients({ region: process.env.AWS_REGION ?? 'us-east-1' });

const notBuilt = async (): Promise<never> => {
  throw new ApiError('NOT_IMPLEMENTED', 'not built yet', 501);
};

const runs: RunStarter = { start: notBuilt, cancel: notBuilt };
const regions: RegionInfoPort = { regions: notBuilt, tasks: notBuilt, vCPUDetails: notBuilt };

const api = createApiHandler({
  scenarios: new ScenarioStore(clients.ddb, names.scenariosTable),
  history: new HistoryStore(clients.ddb, names.historyTable),
  objects: new ObjectStore(clients.s3, names.bucket),
  runs,
  regions,
  stackInfo: notBuilt,
  logger,
});

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  logger.addContext(context);
  return api(event, context);
};
