/**
 * A module lint over Terraform JSON (`*.tf.json`), for what terraform validate / tflint would catch if they could
 * run here: documented and typed inputs, documented outputs, no provider/backend in child modules, lower-bound
 * provider requirements, references that resolve, no absolute paths, no local-exec.
 */

type Json = Record<string, unknown>;

export interface LintOptions {
  /** Child modules must not configure providers or backends; example roots may. */
  child: boolean;
  /** Absolute directories that must never leak into a module (the checkout, home). */
  forbiddenPrefixes?: string[];
}

// Roots that are always in scope inside an expression.
const BUILTIN_ROOTS = new Set(['each', 'count', 'self', 'path', 'terraform']);
const PATH_ATTRS = new Set(['module', 'root', 'cwd']);
// Arguments that hold file-system paths; an absolute value there breaks every other checkout.
const PATH_KEYS = new Set([
  'filename',
  'source',
  'source_dir',
  'source_file',
  'output_path',
  'content_base64',
]);
const RESOURCE_TYPE = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

/** The bodies of `${...}` interpolations in a template string, honouring `$${` escapes and nested braces. */
export function interpolations(template: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '$' && template[i + 1] === '$' && template[i + 2] === '{') {
      i += 2;
      continue;
    }
    if (template[i] !== '$' || template[i + 1] !== '{') continue;
    let depth = 1;
    let j = i + 2;
    let quote = false;
    for (; j < template.length && depth > 0; j++) {
      const c = template[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === '"') quote = false;
      } else if (c === '"') quote = true;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    out.push(template.slice(i + 2, j - 1));
    i = j - 1;
  }
  return out;
}

/** Traversals like `var.x`, `aws_s3_bucket.b[0].arn` in one expression; string literals are searched recursively. */
export function traversals(
  expression: string,
  outer: ReadonlySet<string> = new Set(),
): { root: string; parts: string[] }[] {
  const found: { root: string; parts: string[] }[] = [];
  // Templates inside string literals are expressions too; the literal text around them is not.
  let code = '';
  const literals: string[] = [];
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] !== '"') {
      code += expression[i];
      continue;
    }
    let j = i + 1;
    for (; j < expression.length && expression[j] !== '"'; j++) if (expression[j] === '\\') j++;
    literals.push(expression.slice(i + 1, j));
    code += ' "" ';
    i = j;
  }
  const bound = new Set<string>(outer);
  for (const m of code.matchAll(/\bfor\s+([A-Za-z_][\w-]*)\s*(?:,\s*([A-Za-z_][\w-]*))?\s+in\b/g)) {
    if (m[1]) bound.add(m[1]);
    if (m[2]) bound.add(m[2]);
  }
  const word = /(?<![\w.\]-])([A-Za-z_][\w-]*)((?:\s*\.\s*[A-Za-z_*][\w-]*|\[[^\]]*\])+)/g;
  for (const m of code.matchAll(word)) {
    const root = m[1] ?? '';
    if (bound.has(root)) continue;
    // Index expressions are not attributes (`module.m[each.key].out`), but they may hold references themselves.
    const indexes = [...(m[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((i) => i[1] ?? '');
    const dotted = (m[2] ?? '').replace(/\[[^\]]*\]/g, '');
    const parts = [...dotted.matchAll(/\.\s*([A-Za-z_*][\w-]*)/g)].map((p) => p[1] ?? '');
    if (parts.length > 0) found.push({ root, parts });
    for (const index of indexes) found.push(...traversals(index, bound));
  }
  for (const literal of literals)
    for (const inner of interpolations(literal)) found.push(...traversals(inner, bound));
  return found;
}

interface Declared {
  variables: Set<string>;
  locals: Set<string>;
  modules: Set<string>;
  resources: Set<string>;
  data: Set<string>;
}

function declarations(json: Json): Declared {
  const typed = (block: unknown) =>
    new Set(
      entries(block).flatMap(([type, byName]) =>
        Object.keys(isObject(byName) ? byName : {}).map((n) => `${type}.${n}`),
      ),
    );
  return {
    variables: new Set(Object.keys(isObject(json.variable) ? json.variable : {})),
    locals: new Set(Object.keys(isObject(json.locals) ? json.locals : {})),
    modules: new Set(Object.keys(isObject(json.module) ? json.module : {})),
    resources: typed(json.resource),
    data: typed(json.data),
  };
}

function checkReference(ref: { root: string; parts: string[] }, d: Declared): string | undefined {
  const [first, second] = ref.parts;
  const text = [ref.root, ...ref.parts].join('.');
  switch (ref.root) {
    case 'var':
      return first && d.variables.has(first) ? undefined : `undeclared variable in ${text}`;
    case 'local':
      return first && d.locals.has(first) ? undefined : `undeclared local in ${text}`;
    case 'module':
      return first && d.modules.has(first) ? undefined : `undeclared module in ${text}`;
    case 'data':
      return first && second && d.data.has(`${first}.${second}`)
        ? undefined
        : `undeclared data source in ${text}`;
    case 'path':
      return first && PATH_ATTRS.has(first) ? undefined : `unknown path attribute in ${text}`;
    default:
      if (BUILTIN_ROOTS.has(ref.root)) return undefined;
      if (RESOURCE_TYPE.test(ref.root)) {
        return first && d.resources.has(`${ref.root}.${first}`)
          ? undefined
          : `undeclared resource in ${text}`;
      }
      return `unknown reference ${text}`;
  }
}

function walkStrings(
  value: unknown,
  path: string,
  visit: (s: string, path: string, key: string) => void,
  key = '',
) {
  if (typeof value === 'string') {
    visit(value, path, key);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walkStrings(item, `${path}[${i}]`, visit, key);
  } else if (isObject(value)) {
    for (const [k, item] of Object.entries(value)) walkStrings(item, path ? `${path}.${k}` : k, visit, k);
  }
}

function hasKeyDeep(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasKeyDeep(v, key));
  if (!isObject(value)) return false;
  return Object.entries(value).some(([k, v]) => k === key || hasKeyDeep(v, key));
}

/** Problems found in one module's merged Terraform JSON; empty when clean. */
export function lintModule(json: Json, options: LintOptions): string[] {
  const problems: string[] = [];
  for (const [name, spec] of entries(json.variable)) {
    if (!isObject(spec) || typeof spec.type !== 'string' || spec.type === '')
      problems.push(`variable ${name}: no type`);
    if (!isObject(spec) || typeof spec.description !== 'string' || !spec.description.trim()) {
      problems.push(`variable ${name}: no description`);
    }
  }
  for (const [name, spec] of entries(json.output)) {
    if (!isObject(spec) || typeof spec.description !== 'string' || !spec.description.trim()) {
      problems.push(`output ${name}: no description`);
    }
  }
  const terraform = isObject(json.terraform) ? json.terraform : {};
  if (options.child) {
    if ('provider' in json) problems.push('child module has a provider block');
    if ('backend' in terraform || 'cloud' in terraform)
      problems.push('child module has a backend/cloud block');
  }
  const required = terraform.required_providers;
  if (!isObject(required) || Object.keys(required).length === 0)
    problems.push('terraform.required_providers missing');
  for (const [name, req] of entries(required)) {
    const version = isObject(req) ? req.version : undefined;
    if (!isObject(req) || typeof req.source !== 'string')
      problems.push(`required_providers.${name}: no source`);
    if (options.child && (typeof version !== 'string' || !version.trim().startsWith('>='))) {
      problems.push(
        `required_providers.${name}: child modules take a lower bound (>= x.y), got ${String(version)}`,
      );
    }
  }

  const declared = declarations(json);
  walkStrings(json, '', (s, path, key) => {
    for (const expression of interpolations(s)) {
      for (const ref of traversals(expression)) {
        const problem = checkReference(ref, declared);
        if (problem) problems.push(`${path}: ${problem}`);
      }
    }
    if (key === 'depends_on' || path.endsWith('.depends_on')) {
      const problem = checkReference({ root: s.split('.')[0] ?? '', parts: s.split('.').slice(1) }, declared);
      if (problem) problems.push(`${path}: ${problem}`);
    }
    if (PATH_KEYS.has(key) && /^(\/|~|[A-Za-z]:\\)/.test(s)) {
      problems.push(`${path}: absolute path ${s}`);
    }
    for (const prefix of options.forbiddenPrefixes ?? []) {
      if (prefix && s.includes(prefix)) problems.push(`${path}: contains the machine path ${prefix}`);
    }
  });
  if (hasKeyDeep(json, 'local-exec')) problems.push('uses a local-exec provisioner');
  if (isObject(json.data) && 'external' in json.data)
    problems.push('uses the external data source (runs a local program)');
  return problems;
}
