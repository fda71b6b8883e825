import { describe, expect, it } from 'vitest';
import { SIGV4_MESSAGES, type SignedRequest, verifySigV4 } from './sigv4.js';
import { ACCESS_KEY_ID, type Draft, HOST, NOW, options, SECRET, sign } from './test-support.js';

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

async function expectOk(req: SignedRequest, opts = options()) {
  const result = await verifySigV4(req, opts);
  expect(result).toEqual({
    ok: true,
    accessKeyId: ACCESS_KEY_ID,
    principal: 'local-user',
    region: 'us-east-1',
  });
}

async function denied(req: SignedRequest, opts = options()): Promise<string> {
  const result = await verifySigV4(req, opts);
  if (result.ok) throw new Error('expected a 403');
  expect(result.status).toBe(403);
  return result.message;
}

const getWithQuery: Draft = {
  method: 'GET',
  path: '/prod/api/scenarios',
  query: {
    q: 'hello world',
    name: 'ünïcødé ✓ 日本',
    tag: ['b', 'a', 'a b', 'A'],
    expr: 'a=b&c=d',
    plus: '1+1',
    odd: "!'()*~",
    empty: '',
  },
};
const postJson: Draft = {
  method: 'POST',
  path: '/prod/api/scenarios',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ testName: 'smoke', testDescription: 'spaces  and ünicode', tasks: 2 }),
};

describe('verifySigV4 accepts what @smithy/signature-v4 signs', () => {
  it.each([
    ['GET with spaces, unicode, repeated keys, = and & in values', getWithQuery],
    ['POST with a JSON body', postJson],
    ['a path with an encoded space', { method: 'GET', path: '/prod/api/scenarios/a%20b' }],
    ['encoded slash, percent and unicode', { method: 'DELETE', path: '/api/scenarios/x%2Fy%25z%C3%A9' }],
    ['sub-delims and a trailing slash', { method: 'GET', path: "/api/it's(1)!*~/" }],
    ['the root path', { method: 'GET', path: '/' }],
    ['a binary body', { method: 'PUT', path: '/api/x', body: new Uint8Array([0, 255, 10, 13, 128]) }],
  ] satisfies [string, Draft][])('%s', async (_, draft) => {
    await expectOk(await sign(draft));
  });

  it('with a session token (signed as x-amz-security-token)', async () => {
    const req = await sign(postJson, { sessionToken: 'FwoGZXIvYXdzE+token/with=chars' });
    expect(req.headers['x-amz-security-token']).toBeDefined();
    await expectOk(req);
  });

  it('presigned URLs, with and without a session token', async () => {
    await expectOk(await sign(getWithQuery, { presignFor: 300 }));
    await expectOk(
      await sign({ method: 'GET', path: '/prod/api/scenarios/a%20b' }, { presignFor: 60, sessionToken: 't' }),
    );
  });

  it('header names in any case, and one-element arrays', async () => {
    const req = await sign(postJson);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k.toUpperCase(), [v!].flat()]),
    );
    await expectOk({ ...req, headers });
  });

  it("a '+' on the wire as a space, as URLSearchParams reads it", async () => {
    const req = await sign({ method: 'GET', path: '/api', query: { q: 'a b' } });
    expect(req.query).toBe('q=a%20b');
    await expectOk({ ...req, query: 'q=a+b' });
  });

  it('the region option, when it matches', async () => {
    await expectOk(await sign(getWithQuery), options({ region: 'us-east-1' }));
  });
});

describe('verifySigV4 accepts what botocore signs (fixtures from botocore 1.43, fixed clock)', () => {
  const boto = (secretAndToken: Record<string, string>) => ({
    Host: HOST,
    'X-Amz-Date': '20240501T120000Z',
    ...secretAndToken,
  });
  const opts = options({
    lookupSecret: async (id) =>
      id === 'AKIDEXAMPLE'
        ? { secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', principal: 'example' }
        : undefined,
  });
  const scope = 'Credential=AKIDEXAMPLE/20240501/us-east-1/execute-api/aws4_request';

  it('GET with an encoded path and a query that botocore sends with + for spaces', async () => {
    const result = await verifySigV4(
      {
        method: 'GET',
        path: '/prod/api/scenarios/a%20b',
        query: 'q=hello+world&tag=x%3Dy%26z&name=caf%C3%A9',
        headers: boto({
          Authorization:
            `AWS4-HMAC-SHA256 ${scope}, SignedHeaders=host;x-amz-date, ` +
            'Signature=f4a396fb699eeb085ad5efa87fcec13925481817b37f35ae60d9e8af1c1beec3',
        }),
        body: '',
      },
      opts,
    );
    expect(result.ok).toBe(true);
  });

  it('POST with a session token', async () => {
    const result = await verifySigV4(
      {
        method: 'POST',
        path: '/prod/api/scenarios',
        query: '',
        headers: boto({
          'Content-Type': 'application/json',
          'X-Amz-Security-Token': 'session-token/abc+def=',
          'Content-Length': '28',
          Authorization:
            `AWS4-HMAC-SHA256 ${scope}, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, ` +
            'Signature=294aa9acc59beaeb3433927dd3106210ab22af21742baf6899cbd7983b475b3b',
        }),
        body: '{"testName": "x  y", "n": 1}',
      },
      opts,
    );
    expect(result.ok).toBe(true);
  });

  it('a presigned URL', async () => {
    const query =
      'op=list&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240501%2Fus-east-1%2F' +
      'execute-api%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&' +
      'X-Amz-Signature=530954556b11c191214945d2aa7fa4aa7cfb6732759d9ac2f2668859cf504726';
    const req = { method: 'GET', path: '/prod/api/scenarios', query, headers: { Host: HOST }, body: '' };
    expect((await verifySigV4(req, opts)).ok).toBe(true);
  });
});

it('matches the worked example of the AWS SigV4 documentation (IAM ListUsers)', async () => {
  const result = await verifySigV4(
    {
      method: 'GET',
      path: '/',
      query: 'Action=ListUsers&Version=2010-05-08',
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        host: 'iam.amazonaws.com',
        'x-amz-date': '20150830T123600Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
          'SignedHeaders=content-type;host;x-amz-date, ' +
          'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      },
      body: '',
    },
    {
      service: 'iam',
      now: new Date('2015-08-30T12:36:00Z'),
      lookupSecret: async () => ({
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
        principal: 'p',
      }),
    },
  );
  expect(result.ok).toBe(true);
});

describe('clock skew', () => {
  it.each([-14, 14, -15, 15])('%i minutes off is accepted', async (n) => {
    await expectOk(await sign(getWithQuery, { date: minutes(n) }));
  });

  it('16 minutes old is expired, in API Gateway wording', async () => {
    const message = await denied(await sign(getWithQuery, { date: minutes(-16) }));
    expect(message).toBe(
      'Signature expired: 20240501T114400Z is now earlier than 20240501T114500Z (20240501T120000Z - 15 min.)',
    );
  });

  it('16 minutes ahead is not yet current', async () => {
    const message = await denied(await sign(getWithQuery, { date: minutes(16) }));
    expect(message).toBe(
      'Signature not yet current: 20240501T121600Z is still later than 20240501T121500Z ' +
        '(20240501T120000Z + 15 min.)',
    );
  });

  it('presigned URLs expire after X-Amz-Expires, not after the skew', async () => {
    const req = await sign(getWithQuery, { presignFor: 3600, date: minutes(-30) });
    await expectOk(req);
    expect(await denied(req, options({ now: minutes(31) }))).toMatch(
      /^Signature expired: 20240501T123000Z is now/,
    );
  });
});

describe('rejections', () => {
  it('an unsigned request is Missing Authentication Token', async () => {
    const req = { method: 'GET', path: '/prod/api/scenarios', query: '', headers: { host: HOST }, body: '' };
    const result = await verifySigV4(req, options());
    expect(result).toEqual({
      ok: false,
      status: 403,
      message: 'Missing Authentication Token',
      errorType: 'MissingAuthenticationTokenException',
    });
  });

  it('a Bearer token gets the API Gateway list of what is missing', async () => {
    const req = {
      method: 'GET',
      path: '/',
      query: '',
      headers: { host: HOST, authorization: 'Bearer abc' },
      body: '',
    };
    expect(await denied(req)).toBe(
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' " +
        "parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires " +
        "existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  });

  it('an unknown access key', async () => {
    const result = await verifySigV4(
      await sign(getWithQuery, { accessKeyId: 'AKIAUNKNOWN000000000' }),
      options(),
    );
    expect(result).toMatchObject({
      message: SIGV4_MESSAGES.unknownKey,
      errorType: 'UnrecognizedClientException',
    });
  });

  it('another secret', async () => {
    expect(await denied(await sign(postJson, { secret: `${SECRET}x` }))).toBe(SIGV4_MESSAGES.mismatch);
  });

  it('another region or service in the scope', async () => {
    expect(await denied(await sign(getWithQuery), options({ region: 'eu-west-1' }))).toBe(
      "Credential should be scoped to a valid region, not 'us-east-1'.",
    );
    expect(await denied(await sign(getWithQuery), options({ service: 'lambda' }))).toBe(
      "Credential should be scoped to correct service: 'lambda'.",
    );
  });

  it('UNSIGNED-PAYLOAD, and a declared hash that is not the body', async () => {
    const unsigned = await sign({ ...postJson, headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } });
    expect(await denied(unsigned)).toMatch(/UNSIGNED-PAYLOAD' is not accepted/);
    const req = await sign(postJson);
    expect(await denied({ ...req, body: `${req.body} ` })).toMatch(
      /x-amz-content-sha256' header does not match/,
    );
  });

  it('a session token that is not a signed header', async () => {
    const req = await sign(postJson);
    const message = await denied({ ...req, headers: { ...req.headers, 'x-amz-security-token': 'other' } });
    expect(message).toBe("'X-Amz-Security-Token' must be a 'SignedHeader' when it is present.");
  });

  it('host not signed, a signed header missing, unsorted SignedHeaders', async () => {
    const req = await sign(postJson);
    const auth = String(req.headers.authorization);
    const withAuth = (a: string) => ({ ...req, headers: { ...req.headers, authorization: a } });
    expect(await denied(withAuth(auth.replace('content-type;host;', 'content-type;')))).toMatch(/'Host'/);
    const { 'content-type': _, ...rest } = req.headers;
    expect(await denied({ ...req, headers: rest })).toBe(
      "Signed header 'content-type' is not present in the request.",
    );
    expect(await denied(withAuth(auth.replace('content-type;host', 'host;content-type')))).toMatch(/sorted/);
  });

  it('malformed header pieces', async () => {
    const req = await sign(getWithQuery);
    const auth = String(req.headers.authorization);
    const withAuth = (a: string) => ({ ...req, headers: { ...req.headers, authorization: a } });
    expect(await denied(withAuth(auth.replace('AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256')))).toMatch(
      /Unsupported/,
    );
    expect(await denied(withAuth(auth.replace('/aws4_request', '/aws5_request')))).toMatch(/terminator/);
    expect(await denied(withAuth(auth.replace('/20240501/', '/20240502/')))).toMatch(
      /Date in Credential scope/,
    );
    expect(await denied(withAuth(auth.replace(/Signature=(\w)/, 'Signature=$1$1')))).toMatch(
      /64 lower-case hex/,
    );
    expect(
      await denied(
        withAuth(auth.replace(/Signature=(\w+)/, (_, h: string) => `Signature=${h.toUpperCase()}`)),
      ),
    ).toMatch(/lower-case/);
    expect(
      await denied({ ...req, headers: { ...req.headers, 'x-amz-date': '2024-05-01T12:00:00Z' } }),
    ).toMatch(/basic format/);
  });

  it('header and query auth together', async () => {
    const req = await sign(getWithQuery);
    const presigned = await sign(getWithQuery, { presignFor: 60 });
    expect(await denied({ ...req, query: presigned.query })).toMatch(/^Only one auth mechanism allowed/);
  });

  it('presigned URLs missing a parameter or with a bad X-Amz-Expires', async () => {
    const req = await sign(getWithQuery, { presignFor: 60 });
    expect(await denied({ ...req, query: req.query.replace(/&?X-Amz-Expires=60/, '') })).toMatch(
      /must include/,
    );
    expect(
      await denied({ ...req, query: req.query.replace('X-Amz-Expires=60', 'X-Amz-Expires=604801') }),
    ).toMatch(/X-Amz-Expires must be/);
  });
});
