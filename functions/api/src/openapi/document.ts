/**
 * The OpenAPI 3.1 document, generated from the zod schemas: the shared request schemas and the response
 * schemas beside this file. `docs/openapi.json` is this document, committed (see write.ts).
 */
import { z } from 'zod';
import { type ExtraError, OPERATIONS, type Operation } from './operations.js';
import { openApiRegistry } from './schemas.js';

type Json = Record<string, unknown>;

const SCHEMA_REF = '#/components/schemas/';

/** OpenAPI 3.1's schema dialect is JSON Schema 2020-12; input mode, because clients send request bodies. */
const CONVERT = { target: 'draft-2020-12', io: 'input', metadata: openApiRegistry } as const;

const INFO_DESCRIPTION = [
  'The REST API of dlt, wire-compatible with AWS "Distributed Load Testing on AWS" v4: the same routes, ' +
    'query parameters, bodies, status codes and error strings, plus a few additive routes.',
  '',
  'Every answer is JSON with `Access-Control-Allow-Origin: *`. Errors are a JSON string ' +
    '`"CODE: message"` (see `ErrorBody`). An unknown method or resource gets 405 ' +
    '`"METHOD_NOT_ALLOWED: Method: X not supported for this resource: /y"`. Query parameters are strict: ' +
    'an unknown one is a 400. Path parameters, then query parameters, then the body are checked, in ' +
    'that order, before anything runs.',
].join('\n');

const SERVER_DESCRIPTION =
  'Local mode (`dlt local up`): the API is served under /api, e.g. http://127.0.0.1:7420/api. On AWS, ' +
  'use the API Gateway stage URL instead, e.g. https://{restApiId}.execute-api.{region}.amazonaws.com/prod; ' +
  'the paths below are relative to the stage.';

const SIGV4_DESCRIPTION =
  'AWS Signature Version 4, checked as API Gateway IAM auth checks it (service `execute-api`): the ' +
  'canonical request (method, path, query, signed headers including host and x-amz-date, payload hash) ' +
  "signed with the caller's key; the clock may be at most 15 minutes off. On AWS any principal allowed " +
  '`execute-api:Invoke` may call; in local mode the key pair is in `<state-dir>/credentials` (profile ' +
  '`dlt-local`), usable with AWS_SHARED_CREDENTIALS_FILE and AWS_PROFILE; the console signs with session ' +
  'credentials from POST /auth/login (an `ASIA…` key, valid 1 hour, with its token in a signed ' +
  '`X-Amz-Security-Token` header). A missing, wrong or stale signature, or a missing, wrong or expired ' +
  'session token, gets 403 with a JSON `{"message": …}` and nothing runs.';

const TAGS = [
  { name: 'Scenarios', description: 'Scenario definitions; creating one also starts a run.' },
  { name: 'Test runs', description: 'The run history of a scenario.' },
  { name: 'Baseline', description: 'The run later runs are compared against.' },
  { name: 'Capacity', description: 'Regions (local pools) and their capacity.' },
  { name: 'Meta', description: 'The deployment and this document.' },
];

const errorBody = { 'application/json': { schema: { $ref: `${SCHEMA_REF}ErrorBody` } } };

const RESPONSES: Record<string, Json> = {
  BadRequest: {
    description: 'Invalid path parameter, query parameter or body, malformed JSON, or a business rule.',
    content: errorBody,
  },
  Forbidden: {
    description: 'Missing, wrong or stale SigV4 signature.',
    content: { 'application/json': { schema: { $ref: `${SCHEMA_REF}AuthError` } } },
  },
  NotFound: {
    description: 'TEST_NOT_FOUND, TESTRUN_NOT_FOUND, TIMESERIES_NOT_FOUND or RESULTS_NOT_FOUND.',
    content: errorBody,
  },
  Conflict: { description: 'TEST_RUNNING, BASELINE_CONFLICT or NOT_TERMINAL.', content: errorBody },
  PayloadTooLarge: {
    description: 'The body is over 10 MB (the API Gateway payload limit).',
    content: {
      'application/json': {
        schema: { oneOf: [{ $ref: `${SCHEMA_REF}ErrorBody` }, { $ref: `${SCHEMA_REF}AuthError` }] },
      },
    },
  },
  NotImplemented: { description: 'NOT_IMPLEMENTED: scheduling is not built yet.', content: errorBody },
  InternalError: { description: '"InternalError: Internal server error".', content: errorBody },
};

const EXTRA_ERRORS: Record<ExtraError, string> = {
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  501: 'NotImplemented',
};

function componentSchemas(): Json {
  const { schemas } = z.toJSONSchema(openApiRegistry, {
    ...CONVERT,
    uri: (id) => `${SCHEMA_REF}${id}`,
  });
  // Per-schema $schema/$id would make each component its own resource and change how $refs resolve.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]),
  );
}

function ref(schema: z.ZodType): Json {
  const id = openApiRegistry.get(schema)?.id;
  // An unregistered body would be inlined without $refs to the components it uses: register it instead.
  if (id === undefined) throw new Error('operation schemas must be registered in openApiRegistry');
  return { $ref: `${SCHEMA_REF}${id}` };
}

function inline(schema: z.ZodType): Json {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, CONVERT) as Json;
  return rest;
}

function parameters(op: Operation): Json[] {
  const path = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { $ref: `${SCHEMA_REF}ResourceId` },
  }));
  const query = (op.query ?? []).map((q) => ({
    name: q.name,
    in: 'query',
    required: false,
    description: q.description,
    schema: inline(q.schema),
  }));
  return [...path, ...query];
}

function operation(op: Operation): Json {
  const responses: Json = {
    200: {
      description: op.ok.description,
      content: {
        'application/json': { schema: ref(op.ok.schema) },
        ...Object.fromEntries(
          Object.entries(op.okAlternatives ?? {}).map(([type, description]) => [
            type,
            { schema: { type: 'string', description } },
          ]),
        ),
      },
    },
    400: { $ref: '#/components/responses/BadRequest' },
    403: { $ref: '#/components/responses/Forbidden' },
    500: { $ref: '#/components/responses/InternalError' },
  };
  for (const status of op.errors ?? []) {
    responses[status] = { $ref: `#/components/responses/${EXTRA_ERRORS[status]}` };
  }
  const params = parameters(op);
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description === undefined ? {} : { description: op.description }),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(op.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            description: op.body.description,
            content: { 'application/json': { schema: ref(op.body.schema) } },
          },
        }),
    responses,
  };
}

/** Object keys sorted at every level, so the committed file only changes when the API does. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Json)[key])]),
  );
}

export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) {
    paths[op.path] = { ...paths[op.path], [op.method]: operation(op) };
  }
  const sorted = sortKeys({
    info: {
      title: 'dlt API (compatible with Distributed Load Testing on AWS v4)',
      version: '0.1.0',
      description: INFO_DESCRIPTION,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/api', description: SERVER_DESCRIPTION }],
    security: [{ sigv4: [] }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: SIGV4_DESCRIPTION,
          'x-amazon-apigateway-authtype': 'awsSigv4',
        },
      },
      responses: RESPONSES,
      schemas: componentSchemas(),
    },
  }) as Json;
  // `openapi` first, as readers expect; everything below it is sorted.
  return { openapi: '3.1.0', ...sorted };
}

let cached: Json | undefined;

/** The document served by GET /openapi.json, built once: the schemas cannot change at run time. */
export function openApiDocument(): Json {
  cached ??= buildOpenApiDocument();
  return cached;
}

/** The committed file's exact text. */
export function renderOpenApiJson(document: unknown = buildOpenApiDocument()): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const OPENAPI_DOC_PATH = 'docs/openapi.json';
