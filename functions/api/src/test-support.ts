/** Tests only: the handler over real stand-ins, a recording RunStarter and a static RegionInfoPort. */
import type { HistoryStore, ObjectStore, ScenarioStore, StorageClients } from '@dlt/shared/storage';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
// The storage layer's own test wiring: real dynalite and s3rver, fresh tables per harness.
import { startTestStorage } from '../../shared/src/storage/test-support.js';
import { createApiHandler } from './handler.js';
import type { RegionInfoPort, RunStarter, RunStartInput } from './ports.js';

export class RecordingRuns implements RunStarter {
  readonly started: RunStartInput[] = [];
  readonly cancelled: { testId: string; testRunId: string }[] = [];
  failNext = false;

  async start(input: RunStartInput) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('state machine unavailable');
    }
    this.started.push(input);
    return { executionId: `exec-${input.testRunId}` };
  }

  async cancel(testId: string, testRunId: string) {
    this.cancelled.push({ testId, testRunId });
  }
}

export const REGIONS_BODY = {
  regions: [{ region: 'us-east-1', compatible: true, incompatibilityReason: null }],
  url: 'https://example.com/regional.template',
};

export const staticRegions: RegionInfoPort = {
  regions: async () => REGIONS_BODY,
  tasks: async () => [{ region: 'us-east-1', taskArns: ['arn:task/1'] }],
  vCPUDetails: async () => ({ 'us-east-1': { vCPULimit: 4000, vCPUsInUse: 2, vCPUsPerTask: 2 } }),
};

export const STACK_INFO = { region: 'us-east-1', version: 'v4.2.3', solution_template: 'headless' };

export interface Harness {
  api: (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;
  runs: RecordingRuns;
  scenarios: ScenarioStore;
  history: HistoryStore;
  objects: ObjectStore;
  clients: StorageClients;
  close(): Promise<void>;
}

export const FIXED_NOW = new Date('2030-01-02T03:04:05.678Z');

export async function startHarness(): Promise<Harness> {
  const storage = await startTestStorage();
  const runs = new RecordingRuns();
  const quiet = { info() {}, warn() {}, error() {} };
  const api = createApiHandler({
    scenarios: storage.scenarios,
    history: storage.history,
    objects: storage.objects,
    runs,
    regions: staticRegions,
    stackInfo: async () => STACK_INFO,
    now: () => FIXED_NOW,
    logger: quiet,
  });
  const { scenarios, history, objects, clients, close } = storage;
  return { api, runs, scenarios, history, objects, clients, close };
}

export interface EventInit {
  query?: Record<string, string>;
  /** Serialised with JSON.stringify unless it is already a string. */
  body?: unknown;
}

export function event(method: string, path: string, init: EventInit = {}): APIGatewayProxyEvent {
  const body =
    init.body === undefined ? null : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  return {
    httpMethod: method,
    path,
    resource: path,
    headers: {},
    multiValueHeaders: {},
    queryStringParameters: init.query ?? null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: { httpMethod: method, path, stage: 'prod', requestId: 'test' } as never,
    body,
    isBase64Encoded: false,
  };
}

/** Calls the handler and parses the JSON body. */
export async function call(h: Harness, method: string, path: string, init?: EventInit) {
  const res = await h.api(event(method, path, init));
  return { status: res.statusCode, headers: res.headers ?? {}, body: JSON.parse(res.body) as unknown };
}

/** A POST /scenarios body the validator accepts (a simple test in us-east-1). */
export function simpleBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    testName: 'Checkout load',
    testDescription: 'Load test of the checkout API',
    testType: 'simple',
    showLive: false,
    tags: ['Checkout'],
    testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: 10 }],
    testScenario: {
      execution: [{ 'ramp-up': '30s', 'hold-for': '2m', scenario: 'Checkout load' }],
      scenarios: {
        'Checkout load': { requests: [{ url: 'https://shop.example.com/api/cart', method: 'GET' }] },
      },
    },
    regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 100 } },
    ...overrides,
  };
}
