import { escapeXml, escapeXmlAttr } from './escape.js';
import { formatMeasured, formatMs, formatPercent, formatRate } from './format.js';
import type { RunReport } from './types.js';

/**
 * JUnit XML for CI systems (Jenkins, GitLab, GitHub test reporters). One suite per run, one test case per
 * pass/fail criterion. The invariant callers can rely on: `failures > 0` exactly when `verdict === 'fail'`.
 *
 * - No criteria: a single case "run completed (no pass/fail criteria defined)" that mirrors the verdict, because
 *   several CI tools treat a suite without test cases as an error, and the XML must agree with the exit code.
 * - Verdict 'fail' although every criterion passed (e.g. a worker crashed): an extra failing case "run verdict".
 */

export const JUNIT_CLASSNAME = 'dlt.criteria';
export const NO_CRITERIA_CASE = 'run completed (no pass/fail criteria defined)';
export const VERDICT_CASE = 'run verdict';

interface Case {
  name: string;
  failure?: { message: string; details: string };
}

function seconds(n: number): string {
  return (Number.isFinite(n) && n > 0 ? n : 0).toFixed(3);
}

/** JUnit's XSD wants a local date-time without zone; the report's instants are written in UTC. */
function junitTimestamp(iso: string): string | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19);
}

function verdictReasons(report: RunReport): string {
  const crashed = report.workers.filter((w) => w.exitCode !== 0);
  if (crashed.length === 0) return 'The run was marked as failed.';
  const list = crashed.map(
    (w) => `task ${w.task} ${w.exitCode === null ? 'was killed or lost' : `exited ${w.exitCode}`}`,
  );
  return `Workers did not exit cleanly: ${list.join(', ')}.`;
}

function buildCases(report: RunReport): Case[] {
  const cases: Case[] = report.criteria.map((c) => {
    if (c.passed) return { name: c.criterion };
    const details =
      `criterion: ${c.criterion}\nactual: ${formatMeasured(c.actual, c.unit)}\n` +
      `threshold: ${formatMeasured(c.threshold, c.unit)}\n${c.message}`;
    return { name: c.criterion, failure: { message: c.message || `${c.criterion} failed`, details } };
  });
  const anyFailed = cases.some((c) => c.failure);
  if (report.verdict === 'fail' && !anyFailed) {
    const reason = verdictReasons(report);
    cases.push({
      name: report.criteria.length === 0 ? NO_CRITERIA_CASE : VERDICT_CASE,
      failure: { message: reason, details: reason },
    });
  } else if (cases.length === 0) {
    cases.push({ name: NO_CRITERIA_CASE });
  }
  return cases;
}

function properties(report: RunReport): string {
  const t = report.total;
  const props: Array<[string, string]> = [
    ['dlt.testId', report.testId],
    ['dlt.model', report.model],
    ['dlt.tasks', String(report.tasks)],
    ['dlt.requests', String(t.requests)],
    ['dlt.errors', String(t.errors)],
    ['dlt.errorRate', formatPercent(t.errorRate)],
    ['dlt.rps', formatRate(t.rps)],
    ['dlt.latency.p50Ms', formatMs(t.latencyMs.p50)],
    ['dlt.latency.p95Ms', formatMs(t.latencyMs.p95)],
    ['dlt.latency.p99Ms', formatMs(t.latencyMs.p99)],
    ['dlt.dropped', String(report.dropped)],
  ];
  if (report.targetRps !== undefined) props.push(['dlt.targetRps', String(report.targetRps)]);
  return props
    .map(([k, v]) => `      <property name="${escapeXmlAttr(k)}" value="${escapeXmlAttr(v)}"/>`)
    .join('\n');
}

export function renderJunit(report: RunReport): string {
  const cases = buildCases(report);
  const failures = cases.filter((c) => c.failure).length;
  const time = seconds(report.durationSec);
  const timestamp = junitTimestamp(report.startedAt);
  const suiteName = escapeXmlAttr(`dlt: ${report.testName}`);
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${time}"`;
  const caseXml = cases.map((c) => {
    const open = `    <testcase classname="${JUNIT_CLASSNAME}" name="${escapeXmlAttr(c.name)}" time="0.000"`;
    if (!c.failure) return `${open}/>`;
    return (
      `${open}>\n      <failure message="${escapeXmlAttr(c.failure.message)}" type="dlt.criterion">` +
      `${escapeXml(c.failure.details)}</failure>\n    </testcase>`
    );
  });
  const summary =
    `requests=${report.total.requests} errors=${report.total.errors} rps=${formatRate(report.total.rps)} ` +
    `p95=${formatMs(report.total.latencyMs.p95)}ms verdict=${report.verdict}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dlt" ${counts}>`,
    `  <testsuite name="${suiteName}" id="${escapeXmlAttr(report.testId)}" ${counts}` +
      `${timestamp ? ` timestamp="${timestamp}"` : ''}>`,
    '    <properties>',
    properties(report),
    '    </properties>',
    ...caseXml,
    `    <system-out>${escapeXml(summary)}</system-out>`,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
