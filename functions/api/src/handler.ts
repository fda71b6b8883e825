/**
 * One handler for API Gateway REST proxy events, DLT v4's route table. The Powertools router only matches
 * routes; responses are shaped here because DLT's error body (a JSON string) and its 405 for unknown
 * resources are not the router's defaults.
 */
import { Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createTest } from './create-test.js';
import {
  bodyBytes,
  booleanParam,
  checkPathParams,
  checkQuery,
  errorResult,
  internalError,
  isRawResult,
  json,
  MAX_BODY_BYTES,
  PREFLIGHT_HEADERS,
  parseJsonBody,
  type QueryRule,
} from './http.js';
import { attachLiveDataPolicy } from './live-data-access.js';
import { openApiDocument } from './openapi/document.js';
import type { ApiDeps, RouteDeps } from './ports.js';
import { getRunTimeseries, listRunArtifacts } from './run-outputs.js';
import { formatParam, getRunReport } from './run-report.js';
import { cancelTest, deleteTest, getTest, listTests, MAX_TAGS_QUERY_LENGTH } from './scenarios.js';
import { fromSchedulerInvocation } from './schedule.js';
import { presignScriptUpload } from './script-upload.js';
import {
  clearBaseline,
  deleteTestRuns,
  getBaseline,
  getTestRun,
  getTestRuns,
  limitParam,
  type RunsQuery,
  setBaseline,
  timestampParam,
} from './testruns.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Call {
  params: Record<string, string>;
  query: Record<string, string>;
  /** Parsed lazily so the path and query are checked first, as DLT does. */
  body(): unknown;
  /** The caller's Cognito identity (identity-pool credentials through API Gateway's IAM auth), if any. */
  identityId?: string;
}

interface RouteSpec {
  method: Method;
  path: `/${string}`;
  query?: Record<string, QueryRule>;
  status?: number;
  run(deps: RouteDeps, call: Call): Promise<unknown>;
}

const tagsParam: QueryRule = (value) =>
  value.length <= MAX_TAGS_QUERY_LENGTH ? undefined : `must be at most ${MAX_TAGS_QUERY_LENGTH} characters`;
const opParam: QueryRule = (value) =>
  value === 'listRegions' ? undefined : 'Invalid option: expected one of "listRegions"';
const id = (call: Call, name = 'testId') => call.params[name] ?? '';

export const ROUTES: RouteSpec[] = [
  { method: 'GET', path: '/regions', run: (d) => d.regions.regions() },
  { method: 'GET', path: '/stack-info', run: (d) => d.stackInfo() },
  { method: 'GET', path: '/tasks', run: (d) => d.regions.tasks() },
  { method: 'GET', path: '/vCPUDetails', run: (d) => d.regions.vCPUDetails() },
  {
    method: 'GET',
    path: '/scenarios',
    query: { tags: tagsParam, op: opParam },
    run: (d, c) => (c.query.op === 'listRegions' ? d.regions.regions() : listTests(d, c.query.tags)),
  },
  { method: 'POST', path: '/scenarios', run: (d, c) => createTest(d, c.body()) },
  {
    method: 'GET',
    path: '/scenarios/:testId',
    query: { history: booleanParam, latest: booleanParam },
    run: (d, c) =>
      getTest(d, id(c), { history: c.query.history !== 'false', latest: c.query.latest !== 'false' }),
  },
  {
    method: 'POST',
    path: '/scenarios/:testId',
    run: (d, c) => {
      c.body(); // ignored, but DLT still refuses malformed JSON
      return cancelTest(d, id(c));
    },
  },
  {
    method: 'DELETE',
    path: '/scenarios/:testId',
    run: (d, c) => {
      c.body();
      return deleteTest(d, id(c));
    },
  },
  {
    method: 'GET',
    path: '/scenarios/:testId/testruns',
    query: {
      limit: limitParam,
      next_token: () => undefined,
      start_timestamp: timestampParam,
      end_timestamp: timestampParam,
      latest: booleanParam,
    },
    run: (d, c) => getTestRuns(d, id(c), c.query as RunsQuery),
  },
  {
    method: 'DELETE',
    path: '/scenarios/:testId/testruns',
    run: (d, c) => deleteTestRuns(d, id(c), c.body()),
  },
  {
    method: 'GET',
    path: '/scenarios/:testId/testruns/:testRunId',
    run: (d, c) => getTestRun(d, id(c), id(c, 'testRunId')),
  },
  {
    method: 'GET',
    path: '/scenarios/:testId/testruns/:testRunId/timeseries',
    run: (d, c) => getRunTimeseries(d, id(c), id(c, 'testRunId')),
  },
  {
    method: 'GET',
    path: '/scenarios/:testId/testruns/:testRunId/artifacts',
    run: (d, c) => listRunArtifacts(d, id(c), id(c, 'testRunId')),
  },
  {
    method: 'GET',
    path: '/scenarios/:testId/testruns/:testRunId/report',
    query: { format: formatParam, download: booleanParam },
    run: (d, c) => getRunReport(d, id(c), id(c, 'testRunId'), c.query),
  },
  {
    method: 'GET',
    path: '/scenarios/:testId/baseline',
    query: { data: booleanParam },
    run: (d, c) => getBaseline(d, id(c), c.query.data !== 'false'),
  },
  { method: 'PUT', path: '/scenarios/:testId/baseline', run: (d, c) => setBaseline(d, id(c), c.body()) },
  {
    method: 'DELETE',
    path: '/scenarios/:testId/baseline',
    run: (d, c) => {
      c.body();
      return clearBaseline(d, id(c));
    },
  },
  {
    method: 'POST',
    path: '/scenarios/:testId/script',
    run: (d, c) => presignScriptUpload(d, id(c), c.body()),
  },
  { method: 'POST', path: '/iot/attach', run: (d, c) => attachLiveDataPolicy(d.liveData, c.identityId) },
  { method: 'GET', path: '/openapi.json', run: async () => openApiDocument() },
];

/** Lambda's context is only read by Powertools for logging; direct callers (the local host, tests) may omit it. */
const NO_CONTEXT = { functionName: 'dlt-api', awsRequestId: 'local' } as Context;

function methodNotAllowed(event: APIGatewayProxyEvent): APIGatewayProxyResult {
  return json(
    405,
    `METHOD_NOT_ALLOWED: Method: ${event.httpMethod} not supported for this resource: ${event.path}`,
  );
}

export function createApiHandler(
  deps: ApiDeps,
): (event: APIGatewayProxyEvent, context?: Context) => Promise<APIGatewayProxyResult> {
  const routeDeps: RouteDeps = {
    ...deps,
    now: deps.now ?? (() => new Date()),
    logger: deps.logger ?? console,
  };
  const results = new WeakMap<object, APIGatewayProxyResult>();
  const router = new Router();

  for (const spec of ROUTES) {
    const register = {
      GET: router.get.bind(router),
      POST: router.post.bind(router),
      PUT: router.put.bind(router),
      DELETE: router.delete.bind(router),
    }[spec.method];
    register(spec.path, async (reqCtx) => {
      const event = reqCtx.event as APIGatewayProxyEvent;
      // The router turns results into Web Responses; the exact DLT result is kept aside by event instead.
      results.set(event, await runRoute(routeDeps, spec, event, reqCtx.params));
      return new Response(null, { status: 204 });
    });
  }

  return async (received, context) => {
    const event = fromSchedulerInvocation(received);
    if (event.httpMethod === 'OPTIONS')
      return { statusCode: 204, headers: { ...PREFLIGHT_HEADERS }, body: '' };
    if (bodyBytes(event) > MAX_BODY_BYTES) {
      return json(413, 'REQUEST_TOO_LARGE: The request body exceeds the 10 MB limit');
    }
    const full = completeEvent(event);
    try {
      await router.resolve(full, context ?? NO_CONTEXT);
    } catch (error) {
      routeDeps.logger.error('router failure', { error });
      return internalError();
    }
    return results.get(full) ?? methodNotAllowed(event);
  };
}

/**
 * The router needs a full REST proxy event; direct callers (the local host, tests) may send only method, path,
 * query and body.
 */
function completeEvent(event: APIGatewayProxyEvent): APIGatewayProxyEvent {
  const e: Partial<APIGatewayProxyEvent> = event;
  return {
    ...event,
    resource: e.resource ?? event.path,
    multiValueHeaders: e.multiValueHeaders ?? {},
    multiValueQueryStringParameters: e.multiValueQueryStringParameters ?? null,
    pathParameters: e.pathParameters ?? null,
    stageVariables: e.stageVariables ?? null,
    headers: e.headers ?? {},
    queryStringParameters: e.queryStringParameters ?? null,
    body: e.body ?? null,
    isBase64Encoded: e.isBase64Encoded ?? false,
    requestContext: {
      ...e.requestContext,
      stage: e.requestContext?.stage ?? 'prod',
      requestId: e.requestContext?.requestId ?? 'local',
      httpMethod: event.httpMethod,
      path: event.path,
    } as APIGatewayProxyEvent['requestContext'],
  };
}

async function runRoute(
  deps: RouteDeps,
  spec: RouteSpec,
  event: APIGatewayProxyEvent,
  params: Record<string, string>,
): Promise<APIGatewayProxyResult> {
  try {
    checkPathParams(params);
    const query = checkQuery(event.queryStringParameters, spec.query ?? {});
    const identityId = event.requestContext?.identity?.cognitoIdentityId ?? undefined;
    const call: Call = {
      params,
      query,
      body: () => parseJsonBody(event),
      ...(identityId ? { identityId } : {}),
    };
    const data = await spec.run(deps, call);
    // Reports answer something other than JSON; the scenario list may come serialized already.
    return isRawResult(data) ? data.result : json(spec.status ?? 200, data);
  } catch (error) {
    const known = errorResult(error);
    if (known) return known;
    deps.logger.error('request failed', { method: event.httpMethod, path: event.path, error });
    return internalError();
  }
}
