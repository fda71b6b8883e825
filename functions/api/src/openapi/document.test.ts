import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createApiHandler, ROUTES } from '../handler.js';
import type { ApiDeps } from '../ports.js';
import { buildOpenApiDocument, OPENAPI_DOC_PATH, renderOpenApiJson } from './document.js';

type Json = Record<string, unknown>;

const REGENERATE = 'node scripts/run-ts.mjs functions/api/src/openapi/write.ts';
const committedFile = new URL(`../../../../${OPENAPI_DOC_PATH}`, import.meta.url);

const doc = buildOpenApiDocument();
const paths = doc.paths as Record<string, Record<string, Json>>;

/** `/scenarios/:testId` (the router's form) → `/scenarios/{testId}` (OpenAPI's). */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function operationOf(method: string, path: string): Json | undefined {
  return paths[openApiPath(path)]?.[method.toLowerCase()];
}

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else collectRefs(child, out);
    }
  }
  return out;
}

function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

describe('docs/openapi.json', () => {
  it('is the generated document, byte for byte', () => {
    const committed = readFileSync(committedFile, 'utf8');
    const stale = `${OPENAPI_DOC_PATH} is out of date with the zod schemas; regenerate it with:\n  ${REGENERATE}`;
    expect(committed === renderOpenApiJson(doc), stale).toBe(true);
  });
});

describe('buildOpenApiDocument', () => {
  it('is OpenAPI 3.1 with the SigV4 scheme and the local server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api' })]);
    expect(doc.security).toEqual([{ sigv4: [] }]);
    expect((doc.components as Json).securitySchemes).toMatchObject({
      sigv4: { type: 'apiKey', in: 'header', name: 'Authorization' },
    });
  });

  it('resolves every $ref inside the document', () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(20);
    const broken = [...new Set(refs)].filter((ref) => resolvePointer(doc, ref) === undefined);
    expect(broken).toEqual([]);
  });

  it('documents every route the handler serves, and nothing else', () => {
    const served = ROUTES.map((r) => `${r.method} ${openApiPath(r.path)}`).sort();
    const documented = Object.entries(paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(served);
  });

  it('lists exactly the query parameters each route accepts, and its path parameters', () => {
    for (const route of ROUTES) {
      const params = (operationOf(route.method, route.path)?.parameters ?? []) as Json[];
      const named = (where: string) =>
        params
          .filter((p) => p.in === where)
          .map((p) => p.name)
          .sort();
      expect(named('query'), `${route.method} ${route.path}`).toEqual(Object.keys(route.query ?? {}).sort());
      const pathParams = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => name).sort();
      expect(named('path'), `${route.method} ${route.path}`).toEqual(pathParams);
    }
  });

  it('gives every operation a 200 body, the error responses and a unique operationId', () => {
    const ops = Object.values(paths).flatMap((byMethod) => Object.values(byMethod));
    for (const op of ops) {
      expect(Object.keys(op.responses as Json)).toEqual(expect.arrayContaining(['200', '400', '403', '500']));
    }
    const ids = ops.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the POST /scenarios body from the shared zod schema', () => {
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const request = schemas.ScenarioRequest as { required: string[]; properties: Json };
    expect(request.required).toEqual(
      expect.arrayContaining(['testName', 'testDescription', 'testType', 'testTaskConfigs', 'testScenario']),
    );
    expect(request.properties.testType).toMatchObject({ enum: ['simple', 'jmeter', 'locust', 'k6'] });
    expect(operationOf('POST', '/scenarios')?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ScenarioRequest' } } },
    });
  });
});

describe('GET /openapi.json', () => {
  // The route touches no storage or port, so empty deps are enough.
  const api = createApiHandler({} as ApiDeps);
  const get = (query: Record<string, string> | null = null) =>
    api({ httpMethod: 'GET', path: '/openapi.json', queryStringParameters: query } as APIGatewayProxyEvent);

  it('serves the document', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['Content-Type']).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual(doc);
  });

  it('is as strict about query parameters as every other route', async () => {
    const res = await get({ format: 'yaml' });
    expect(res).toMatchObject({
      statusCode: 400,
      body: JSON.stringify('INVALID_QUERY_PARAMETER: format: Unrecognized query parameter'),
    });
  });
});
