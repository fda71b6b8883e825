import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SignedRequest, verifySigV4 } from './sigv4.js';
import { type Draft, options, rfc3986, SECRET, type SignAs, sign } from './test-support.js';

const PRINTABLE = fc.constantFrom(...' \t!"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~é✓'.split(''));
const NON_SPACE = [...'!"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~'];

/** Wire-form segments; never '', '.' or '..', so every path is already normal (see the path mutation). */
const segment = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map(rfc3986),
    fc.constantFrom('%2F', '%25', '%2520', "it's", 'a~b', '(x)', '*'),
  )
  .filter((s) => !/^\.+$/.test(s) || s.length > 2);
const path = fc
  .tuple(fc.array(segment, { maxLength: 5 }), fc.boolean())
  .map(([segments, slash]) => `/${segments.join('/')}${slash && segments.length > 0 ? '/' : ''}`);

const key = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 6 })
  .filter((k) => !k.toLowerCase().startsWith('x-amz-') && k !== '__proto__');
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom('a=b&c', '+', '%20', ''),
);
const query = fc.dictionary(key, fc.oneof(value, fc.array(value, { minLength: 1, maxLength: 3 })), {
  maxKeys: 5,
  noNullPrototype: true,
});

const draft: fc.Arbitrary<Draft> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
  path,
  query,
  headers: fc.record({ 'x-dlt-note': fc.string({ unit: PRINTABLE, maxLength: 20 }) }),
  body: fc.oneof(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 })),
});

const signAs: fc.Arbitrary<SignAs> = fc.record(
  {
    sessionToken: fc.string({
      unit: fc.constantFrom(...'abcXYZ019+/='.split('')),
      minLength: 1,
      maxLength: 30,
    }),
    date: fc
      .integer({ min: -14 * 60, max: 14 * 60 })
      .map((s) => new Date(Date.UTC(2024, 4, 1, 12) + s * 1000)),
    presignFor: fc.integer({ min: 900, max: 604_800 }),
  },
  { requiredKeys: [] },
);

const signed = fc.tuple(draft, signAs).map(([d, as]) => ({ draft: d, as }));

function signedHeaderNames(req: SignedRequest): string[] {
  const fromHeader = /SignedHeaders=([^,\s]+)/.exec(String(req.headers.authorization ?? ''))?.[1];
  const fromQuery = new URLSearchParams(req.query).get('X-Amz-SignedHeaders');
  return (fromHeader ?? fromQuery ?? '').split(';');
}

function replaceAt(text: string, index: number, pick: (old: string) => string): string {
  const i = index % Math.max(text.length, 1);
  if (text.length === 0) return pick('');
  return text.slice(0, i) + pick(text[i]!) + text.slice(i + 1);
}

const other = (choices: readonly string[], seed: number) => (old: string) => {
  const pool = choices.filter((c) => c !== old);
  return pool[seed % pool.length]!;
};

function sortedParams(raw: string): string {
  return JSON.stringify([...new URLSearchParams(raw)].sort());
}

type Mutation = (req: SignedRequest, pick: { index: number; seed: number }) => SignedRequest | undefined;

const MUTATIONS: Record<string, Mutation> = {
  body: (req, { index, seed }) => {
    const bytes = new Uint8Array(Buffer.from(req.body));
    if (bytes.length === 0) return { ...req, body: new Uint8Array([seed % 256]) };
    const i = index % bytes.length;
    bytes[i] = (bytes[i]! + 1 + (seed % 255)) % 256;
    return { ...req, body: bytes };
  },
  // Same length and different: a normal path cannot normalise back to itself, as normalising only removes.
  path: (req, { index, seed }) => ({
    ...req,
    path: replaceAt(req.path, index, other([...'/.%aZ0~-'], seed)),
  }),
  // Only mutations that change what URLSearchParams (the API host's parser) reads must be refused.
  query: (req, { index, seed }) => {
    const mutated = replaceAt(req.query, index, other([...'&=+%aA0 .'], seed));
    return sortedParams(mutated) === sortedParams(req.query) ? undefined : { ...req, query: mutated };
  },
  header: (req, { index, seed }) => {
    const names = signedHeaderNames(req);
    const name = names[seed % names.length]!;
    const value = String(req.headers[name] ?? '');
    return { ...req, headers: { ...req.headers, [name]: replaceAt(value, index, other(NON_SPACE, seed)) } };
  },
  signature: (req, { index, seed }) => {
    const swap = (hex: string) => replaceAt(hex, index, other([...'0123456789abcdefABCDEFg'], seed));
    const auth = req.headers.authorization;
    if (typeof auth === 'string') {
      const headers = {
        ...req.headers,
        authorization: auth.replace(/Signature=(\w+)/, (_, h) => `Signature=${swap(h)}`),
      };
      return { ...req, headers };
    }
    return {
      ...req,
      query: req.query.replace(/X-Amz-Signature=(\w+)/, (_, h) => `X-Amz-Signature=${swap(h)}`),
    };
  },
  date: (req, { index, seed }) => {
    const date = req.headers['x-amz-date'];
    const swap = (d: string) => replaceAt(d, index, other([...'0123456789TZ'], seed));
    if (typeof date === 'string') return { ...req, headers: { ...req.headers, 'x-amz-date': swap(date) } };
    return { ...req, query: req.query.replace(/X-Amz-Date=(\w+)/, (_, d) => `X-Amz-Date=${swap(d)}`) };
  },
};

describe('verifySigV4 properties', () => {
  it('accepts every request @smithy/signature-v4 signs or presigns', async () => {
    await fc.assert(
      fc.asyncProperty(signed, async ({ draft: d, as }) => {
        const result = await verifySigV4(await sign(d, as), options());
        expect(result).toMatchObject({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a one-byte change to body, path, query, a signed header, signature or date', async () => {
    await fc.assert(
      fc.asyncProperty(
        signed,
        fc.constantFrom(...Object.keys(MUTATIONS)),
        fc.nat(),
        fc.nat(),
        async ({ draft: d, as }, kind, index, seed) => {
          const mutated = MUTATIONS[kind]!(await sign(d, as), { index, seed });
          fc.pre(mutated !== undefined);
          const result = await verifySigV4(mutated!, options());
          expect(result).toMatchObject({ ok: false, status: 403 });
        },
      ),
      { numRuns: 600 },
    );
  });

  it('refuses a request signed with any other secret', async () => {
    await fc.assert(
      fc.asyncProperty(
        signed,
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== SECRET),
        async ({ draft: d, as }, secret) => {
          const result = await verifySigV4(await sign(d, { ...as, secret }), options());
          expect(result).toMatchObject({ ok: false, status: 403 });
        },
      ),
    );
  });
});
