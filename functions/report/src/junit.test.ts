import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toXmlChars } from './escape.js';
import { JUNIT_CLASSNAME, NO_CRITERIA_CASE, renderJunit, VERDICT_CASE } from './junit.js';
import { createSampleReport } from './sample-report.js';
import { nastyString } from './test-strings.js';
import { childElements, parseXml, textOf, type XmlElement } from './xml-check.js';

function suiteOf(xml: string): XmlElement {
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  const suites = childElements(root, 'testsuite');
  expect(suites).toHaveLength(1);
  return suites[0]!;
}

describe('renderJunit', () => {
  it('writes one test case per criterion with matching counts', () => {
    const report = createSampleReport();
    const suite = suiteOf(renderJunit(report));
    const cases = childElements(suite, 'testcase');
    expect(suite.attrs.name).toBe(`dlt: ${report.testName}`);
    expect(suite.attrs.tests).toBe(String(cases.length));
    expect(cases.map((c) => c.attrs.name)).toEqual(report.criteria.map((c) => c.criterion));
    expect(cases.every((c) => c.attrs.classname === JUNIT_CLASSNAME)).toBe(true);
    const failed = cases.filter((c) => childElements(c, 'failure').length > 0);
    expect(suite.attrs.failures).toBe(String(failed.length));
    expect(failed.map((c) => c.attrs.name)).toEqual(['error_rate < 1%']);
    expect(childElements(failed[0]!, 'failure')[0]!.attrs.message).toBe(report.criteria[1]!.message);
  });

  it('includes time and a zone-less timestamp', () => {
    const suite = suiteOf(renderJunit(createSampleReport()));
    expect(suite.attrs.time).toBe('60.000');
    expect(suite.attrs.timestamp).toBe('2025-03-14T09:26:53');
  });

  it('writes a single case mirroring the verdict when there are no criteria', () => {
    const report = { ...createSampleReport(), criteria: [], verdict: 'pass' as const };
    let suite = suiteOf(renderJunit(report));
    expect(childElements(suite, 'testcase').map((c) => c.attrs.name)).toEqual([NO_CRITERIA_CASE]);
    expect(suite.attrs.failures).toBe('0');
    suite = suiteOf(renderJunit({ ...report, verdict: 'fail' }));
    expect(suite.attrs.failures).toBe('1');
  });

  it('adds a failing verdict case when the run failed although every criterion passed', () => {
    const report = createSampleReport();
    report.criteria = report.criteria.filter((c) => c.passed);
    report.workers[0]!.exitCode = 137;
    const suite = suiteOf(renderJunit(report));
    const cases = childElements(suite, 'testcase');
    expect(cases.at(-1)!.attrs.name).toBe(VERDICT_CASE);
    expect(childElements(cases.at(-1)!, 'failure')[0]!.attrs.message).toContain('task 1 exited 137');
    expect(suite.attrs.failures).toBe('1');
  });

  it('stays well-formed and faithful for any criterion text and messages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ criterion: nastyString, message: nastyString, passed: fc.boolean() }), {
          maxLength: 6,
        }),
        nastyString,
        fc.constantFrom<'pass' | 'fail'>('pass', 'fail'),
        (criteria, testName, verdict) => {
          const report = createSampleReport();
          report.testName = testName;
          report.testId = testName;
          report.verdict = verdict;
          report.criteria = criteria.map((c) => ({ ...c, actual: 1, threshold: 2, unit: 'ms' }));
          const xml = renderJunit(report);
          const suite = suiteOf(xml);
          const cases = childElements(suite, 'testcase');
          const failures = cases.filter((c) => childElements(c, 'failure').length > 0).length;
          expect(suite.attrs.name).toBe(toXmlChars(`dlt: ${testName}`));
          expect(suite.attrs.tests).toBe(String(cases.length));
          expect(suite.attrs.failures).toBe(String(failures));
          expect(failures > 0).toBe(verdict === 'fail' || criteria.some((c) => !c.passed));
          expect(cases.slice(0, criteria.length).map((c) => c.attrs.name)).toEqual(
            criteria.map((c) => toXmlChars(c.criterion)),
          );
          for (const c of cases) for (const f of childElements(c, 'failure')) textOf(f);
        },
      ),
      { numRuns: 300 },
    );
  });
});
