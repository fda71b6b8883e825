/**
 * Test support: evaluates the small subset of Terraform expression syntax our modules write by hand (variables,
 * locals, conditionals, boolean and comparison operators, object and list literals, string templates, one
 * filtering for-expression and a handful of functions), by translating it to JavaScript. It lets tests run
 * count, subnet, content-type and config logic over many inputs instead of comparing expression text.
 * Not a Terraform implementation: anything outside the subset throws or misbehaves, so keep tests to it.
 */

export interface EvalScope {
  vars?: Record<string, unknown>;
  /** The module's `locals` block as synthesized (raw `${...}` strings), evaluated on demand. */
  locals?: Record<string, unknown>;
  each?: { key?: string; value?: unknown };
  /** Values of resource/data references by their text, e.g. `aws_subnet.public[*].id`; default: the text. */
  refs?: Record<string, unknown>;
  /** `fileset(dir, pattern)` results, by dir expression value. */
  files?: string[];
}

const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  length: (v: unknown[] | string) => v.length,
  one: (v: unknown[]) => {
    if (v.length > 1) throw new Error('one() got more than one element');
    return v[0] ?? null;
  },
  coalesce: (...v: unknown[]) => v.find((x) => x !== null && x !== '') ?? null,
  lookup: (m: Record<string, unknown>, k: string, d: unknown) => (k in m ? m[k] : d),
  lower: (s: string) => s.toLowerCase(),
  regex: (pattern: string, s: string) => {
    const m = new RegExp(pattern).exec(s);
    if (!m) throw new Error(`regex ${pattern} does not match ${s}`);
    return m[0];
  },
  startswith: (s: string, p: string) => s.startsWith(p),
  trimsuffix: (s: string, x: string) => (s.endsWith(x) ? s.slice(0, -x.length) : s),
  merge: (...o: object[]) => Object.assign({}, ...o),
  contains: (l: unknown[], v: unknown) => l.includes(v),
  toset: (l: unknown[]) => [...new Set(l)].sort(),
  basename: (p: string) => p.split('/').pop() ?? '',
  compact: (l: string[]) => l.filter((s) => s !== '' && s !== null),
  join: (sep: string, l: string[]) => l.join(sep),
  floor: (n: number) => Math.floor(n),
  element: (l: unknown[], i: number) => l[i % l.length],
  jsonencode: (v: unknown) => JSON.stringify(v),
};

/** The body of a string that is exactly one `${...}` interpolation, else undefined. */
function soleInterpolation(text: string): string | undefined {
  if (!text.startsWith('${') || !text.endsWith('}')) return undefined;
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0 && i !== text.length - 1) return undefined;
  }
  return text.slice(2, -1);
}

/** Index of the `}` closing the interpolation whose body starts at `start`, skipping nested strings. */
function interpolationEnd(src: string, start: number): number {
  let depth = 1;
  for (let i = start; i < src.length; i++) {
    if (src[i] === '"') i = stringEnd(src, i);
    else if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed interpolation in ${src}`);
}

/** Index of the `"` closing the string literal that opens at `open`. */
function stringEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '$' && src[i + 1] === '{') i = interpolationEnd(src, i + 2);
    else if (src[i] === '"') return i;
  }
  throw new Error(`unclosed string in ${src}`);
}

/** String literals holding templates become JS template literals (same `${}` syntax), nested ones too. */
function convertTemplates(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] !== '"') {
      out += src[i];
      continue;
    }
    const end = stringEnd(src, i);
    const body = src.slice(i + 1, end);
    if (!body.includes('${')) out += src.slice(i, end + 1);
    else {
      let converted = '';
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '$' && body[j + 1] === '{') {
          const close = interpolationEnd(body, j + 2);
          converted += `\${${convertTemplates(body.slice(j + 2, close))}}`;
          j = close;
        } else converted += body[j];
      }
      out += `\`${converted}\``;
    }
    i = end;
  }
  return out;
}

export function translate(expression: string): string {
  return convertTemplates(expression)
    .replace(/\[for (\w+) in (.+?) : \1 if (.+)\]/g, '($2).filter(($1) => $3)')
    .replace(/\b(data\.)?(aws_\w+)\.(\w+)((?:\[[^\]]*\])?(?:\.\w+)?)/g, (ref) => `R(${JSON.stringify(ref)})`)
    .replace(/\bvar\.(\w+)/g, 'V.$1')
    .replace(/\blocal\.(\w+)/g, 'L.$1')
    .replace(/\beach\.(\w+)/g, 'EACH.$1')
    .replace(/\bpath\.module\b/g, '"."')
    .replace(/([A-Za-z_]\w*|"[^"]*") = (?!=)/g, '$1: ')
    .replace(/([^=!<>])==(?!=)/g, '$1===')
    .replace(/!=(?!=)/g, '!==');
}

/** Evaluates a synthesized value: `${...}` strings as expressions, templates, and plain values as they are. */
export function evaluate(value: unknown, scope: EvalScope = {}): unknown {
  if (Array.isArray(value)) return value.map((v) => evaluate(v, scope));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, scope)]));
  }
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const sole = soleInterpolation(value);
  const js = sole === undefined ? `\`${value}\`` : `(${sole})`;
  const locals = new Proxy({}, { get: (_t, name: string) => evaluate(scope.locals?.[name], scope) });
  const refs = (text: string) => (scope.refs && text in scope.refs ? scope.refs[text] : text);
  const functions = { ...FUNCTIONS, fileset: () => scope.files ?? [] };
  const source = translate(js);
  let run: (...args: unknown[]) => unknown;
  try {
    run = new Function('V', 'L', 'EACH', 'R', ...Object.keys(functions), `return ${source};`) as typeof run;
  } catch (err) {
    throw new Error(`cannot evaluate ${value} (as ${source}): ${(err as Error).message}`);
  }
  return run(scope.vars ?? {}, locals, scope.each ?? {}, refs, ...Object.values(functions));
}
