import type {
  Comparator,
  Criterion,
  CriterionAction,
  CriterionStatus,
  Subject,
  ThresholdUnit,
} from './types.js';
import { isPlainNumber, parseDurationMs } from './units.js';

export const EXPECTED_FORM =
  '<subject>[ of <label>]<op><value>[unit][ for <N>s][, stop|continue[ as failed|non-failed]]';

export const SUPPORTED_SUBJECTS =
  'avg-rt, pNN (e.g. p95, p99.9), fail, succ, hits, rps (or hits/s), rc:NNN (e.g. rc:500, rc:5??)';

export class CriterionSyntaxError extends Error {
  override readonly name = 'CriterionSyntaxError';
  constructor(
    readonly criterion: string,
    readonly problem: string,
  ) {
    super(`cannot parse "${criterion}": ${problem}`);
  }
}

// Subjects Taurus knows but that our results do not carry; naming them explicitly beats "unknown subject".
const UNMEASURED_SUBJECTS: Readonly<Record<string, string>> = {
  'avg-lt': 'average latency (time to first byte) is not measured separately from response time',
  'avg-ct': 'average connect time is not measured separately from response time',
  'stdev-rt': 'the response-time standard deviation is not available from the merged histograms',
  bytes: 'response sizes are not measured',
};

const ACTION_RE = /^(stop|continue)(?:\s+as\s+(failed|non-failed))?$/i;
const TIMEFRAME_RE = /\s+for\s+([^\s<>=]+)$/i;
const UNSUPPORTED_LOGIC_RE = /\s+(within|over)\s+\S+$/i;
// The head must not end in an operator character, so the greedy head always stops before the last operator.
const COMPARISON_RE = /^(.*[^<>=\s]|)\s*(>=|<=|==|=|>|<)\s*([^<>=]*)$/;
// Without the colon the code must start like a status code, so words such as `rcx` stay unknown subjects.
const RC_RE = /^rc(?::([0-9a-z_*?-]+)|([0-9?*][0-9a-z_*?-]*))$/i;
const PERCENTILE_RE = /^p(\d{1,3}(?:\.\d+)?)$/i;

/**
 * Parses one Taurus-style failure condition such as `p95 of Login>300ms for 10s, continue as non-failed`.
 * Throws CriterionSyntaxError naming the problem.
 */
export function parseCriterion(text: string): Criterion {
  const source = text.trim();
  const fail = (problem: string): never => {
    throw new CriterionSyntaxError(source, problem);
  };
  if (source === '') throw new CriterionSyntaxError(source, `empty criterion, expected ${EXPECTED_FORM}`);

  let rest = source;
  let action: CriterionAction = 'stop';
  let status: CriterionStatus = 'failed';
  // Labels come before the operator, so a comma after the last operator can only start the action clause.
  const comma = rest.lastIndexOf(',');
  if (comma >= 0 && !/[<>=]/.test(rest.slice(comma))) {
    const clause = rest.slice(comma + 1).trim();
    if (clause === '') fail('missing action after ",", expected "stop" or "continue"');
    const match = ACTION_RE.exec(clause);
    if (!match) {
      fail(
        `unknown action "${clause}", expected "stop" or "continue", optionally followed by "as failed" or "as non-failed"`,
      );
    }
    action = (match?.[1] ?? 'stop').toLowerCase() as CriterionAction;
    status = (match?.[2] ?? 'failed').toLowerCase() as CriterionStatus;
    rest = rest.slice(0, comma).trim();
  }

  const logic = UNSUPPORTED_LOGIC_RE.exec(rest);
  if (logic) {
    fail(
      `"${logic[1]}" timeframes (aggregated windows) are not supported; use "for <N>s", which requires the ` +
        'condition to hold in every second of N consecutive seconds',
    );
  }
  if (/\s+for$/i.test(rest)) fail('missing timeframe after "for", expected e.g. "for 10s"');
  let timeframeSec: number | undefined;
  const timeframe = TIMEFRAME_RE.exec(rest);
  if (timeframe) {
    timeframeSec = parseTimeframe(timeframe[1] ?? '', fail);
    rest = rest.slice(0, timeframe.index);
  }

  const comparison = COMPARISON_RE.exec(rest);
  if (!comparison) {
    const problem = /[<>=]/.test(rest)
      ? `expected ${EXPECTED_FORM}`
      : `missing comparison operator (one of >, <, >=, <=, =, ==), expected ${EXPECTED_FORM}`;
    return fail(problem);
  }
  const [, head = '', op = '', rawValue = ''] = comparison;
  const { subject, label } = parseHead(head.trim(), fail);
  const comparator: Comparator = op === '==' ? '=' : (op as Comparator);
  const { threshold, unit } = parseThreshold(subject, rawValue.trim(), fail);

  const criterion: Criterion = { source, subject, comparator, threshold, unit, action, status };
  if (label !== undefined) criterion.label = label;
  if (timeframeSec !== undefined) criterion.timeframeSec = timeframeSec;
  return criterion;
}

/** Parses every criterion, collecting all syntax errors instead of stopping at the first one. */
export function parseCriteria(texts: string[]): { criteria: Criterion[]; errors: string[] } {
  const criteria: Criterion[] = [];
  const errors: string[] = [];
  for (const text of texts) {
    try {
      criteria.push(parseCriterion(text));
    } catch (error) {
      if (!(error instanceof CriterionSyntaxError)) throw error;
      errors.push(error.message);
    }
  }
  return { criteria, errors };
}

/** Renders the subject (and label) the way users write it, for messages. */
export function describeSubject(subject: Subject, label?: string): string {
  const name =
    subject.kind === 'percentile'
      ? `p${subject.p}`
      : subject.kind === 'rc'
        ? `rc:${subject.pattern}`
        : subject.kind;
  return label === undefined ? name : `${name} of ${label}`;
}

type Fail = (problem: string) => never;

function parseTimeframe(text: string, fail: Fail): number {
  const ms = parseDurationMs(text);
  if (ms === undefined)
    return fail(`invalid timeframe "for ${text}", expected whole seconds such as "for 10s" or "for 1m"`);
  if (ms < 1000 || ms % 1000 !== 0) {
    return fail(
      `timeframe "for ${text}" must be a whole number of seconds, at least 1s (data is per second)`,
    );
  }
  return ms / 1000;
}

function parseHead(head: string, fail: Fail): { subject: Subject; label?: string } {
  if (head === '') return fail(`missing subject before the operator, expected ${EXPECTED_FORM}`);
  const [subjectText = '', ...words] = head.split(/\s+/);
  const subject = parseSubject(subjectText, fail);
  if (words.length === 0) return { subject };
  const labelStart = /^\S+\s+of(?:\s+|$)/i.exec(head);
  if (!labelStart) {
    return fail(
      `unexpected "${words.join(' ')}" after subject "${subjectText}"; to target a label write "${subjectText} of <label>"`,
    );
  }
  const label = head.slice(labelStart[0].length).trim();
  if (label === '') return fail(`missing label after "of", expected ${EXPECTED_FORM}`);
  return { subject, label };
}

function parseSubject(text: string, fail: Fail): Subject {
  const lower = text.toLowerCase();
  switch (lower) {
    case 'avg-rt':
      return { kind: 'avg-rt' };
    case 'fail':
    case 'failures':
      return { kind: 'fail' };
    case 'succ':
    case 'success':
      return { kind: 'succ' };
    case 'hits':
      return { kind: 'hits' };
    case 'rps':
    case 'hits/s':
      return { kind: 'rps' };
  }
  const unmeasured = UNMEASURED_SUBJECTS[lower];
  if (unmeasured !== undefined) {
    return fail(
      `subject "${text}" is not supported: ${unmeasured}. Supported subjects: ${SUPPORTED_SUBJECTS}`,
    );
  }
  const percentile = PERCENTILE_RE.exec(text);
  if (percentile) {
    const p = Number(percentile[1]);
    if (p > 100) return fail(`percentile "${text}" is out of range, expected p0 to p100`);
    return { kind: 'percentile', p };
  }
  const rc = RC_RE.exec(text);
  if (rc) return { kind: 'rc', pattern: rc[1] ?? rc[2] ?? '' };
  return fail(`unknown subject "${text}", expected one of ${SUPPORTED_SUBJECTS}`);
}

function parseThreshold(
  subject: Subject,
  raw: string,
  fail: Fail,
): { threshold: number; unit: ThresholdUnit } {
  if (raw === '') return fail(`missing threshold after the operator, expected ${EXPECTED_FORM}`);
  // Tolerate `500 ms` / `5 %`: the space is a common slip and cannot be ambiguous here.
  const value = raw.replace(/^([\d.]+)\s+(\S+)$/, '$1$2');
  if (/\s/.test(value)) return fail(`unexpected text in threshold "${raw}", expected ${EXPECTED_FORM}`);
  const name = describeSubject(subject);
  switch (subject.kind) {
    case 'avg-rt':
    case 'percentile': {
      if (value.endsWith('%'))
        return fail(`"${name}" is a time; use a time threshold such as 500ms or 1.5s, not a percentage`);
      const ms = parseDurationMs(value);
      if (ms === undefined) {
        return fail(
          `invalid time threshold "${raw}", expected a number with ms, s, m or h (e.g. 500ms, 1.5s, 1m30s)`,
        );
      }
      return { threshold: ms, unit: 'ms' };
    }
    case 'fail':
    case 'succ':
    case 'rc': {
      if (value.endsWith('%')) {
        const number = value.slice(0, -1);
        if (!isPlainNumber(number)) return fail(`invalid percentage "${raw}", expected e.g. 5%`);
        const percent = Number(number);
        if (percent > 100) return fail(`percentage "${raw}" is above 100%`);
        return { threshold: percent, unit: '%' };
      }
      if (!isPlainNumber(value)) {
        return fail(
          `invalid threshold "${raw}" for "${name}", expected a request count (e.g. 10) or a percentage (e.g. 5%)`,
        );
      }
      return { threshold: Number(value), unit: 'count' };
    }
    case 'hits':
      if (!isPlainNumber(value))
        return fail(`invalid threshold "${raw}" for "hits", expected a request count (e.g. 1000)`);
      return { threshold: Number(value), unit: 'count' };
    case 'rps': {
      // `100/s` reads naturally next to `hits/s`, so accept it.
      const number = value.replace(/\/s$/i, '');
      if (!isPlainNumber(number)) {
        return fail(`invalid threshold "${raw}" for "${name}", expected requests per second (e.g. 100)`);
      }
      return { threshold: Number(number), unit: 'req/s' };
    }
  }
}
