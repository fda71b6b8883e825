import { describe, expect, it } from 'vitest';
import { applyScenarioProfile, shareThreads } from './plan.js';
import { testPlanXml } from './test-plans.js';

function groups(xml: string): string[] {
  return [...xml.matchAll(/<ThreadGroup\b[\s\S]*?<\/ThreadGroup>/g)].map((m) => m[0]);
}

function prop(group: string, name: string): string | undefined {
  const all = [...group.matchAll(new RegExp(`<\\w+Prop name="${name.replace(/\./g, '\\.')}">([^<]*)<`, 'g'))];
  expect(all.length).toBeLessThanOrEqual(1);
  return all[0]?.[1];
}

describe('shareThreads', () => {
  it('shares in proportion, sums to the total, and gives every group at least one', () => {
    expect(shareThreads(10, [1, 1])).toEqual([5, 5]);
    expect(shareThreads(10, [3, 1])).toEqual([8, 2]);
    expect(shareThreads(7, [1, 1, 1])).toEqual([3, 2, 2]);
    expect(shareThreads(4, [Number.NaN, 5])).toEqual([2, 2]);
    expect(shareThreads(1, [1, 1])).toEqual([1, 1]);
  });
});

describe('applyScenarioProfile', () => {
  const plan = testPlanXml(
    [
      { name: 'big', threads: 30, loops: 5, labels: ['a'] },
      { name: 'small', threads: 10, loops: 5, labels: ['b'] },
      { name: 'off', threads: 7, loops: 3, enabled: false, labels: ['c'] },
    ],
    8080,
  );

  it('replaces threads, ramp-up, duration and loops of enabled thread groups only', () => {
    const { xml, rewritten } = applyScenarioProfile(plan, { concurrency: 8, rampUpSec: 5, holdForSec: 20 });
    expect(rewritten).toBe(2);
    const [big, small, off] = groups(xml);
    expect(prop(big!, 'ThreadGroup.num_threads')).toBe('6');
    expect(prop(small!, 'ThreadGroup.num_threads')).toBe('2');
    for (const g of [big!, small!]) {
      expect(prop(g, 'ThreadGroup.ramp_time')).toBe('5');
      expect(prop(g, 'ThreadGroup.scheduler')).toBe('true');
      expect(prop(g, 'ThreadGroup.duration')).toBe('25');
      expect(prop(g, 'LoopController.loops')).toBe('-1');
      expect(prop(g, 'ThreadGroup.on_sample_error')).toBe('continue');
    }
    expect(off).toBe(groups(plan)[2]);
    expect(xml).not.toContain('ConstantThroughputTimer');
  });

  it('uses loops for iterations, without a scheduler when there is no hold-for', () => {
    const { xml } = applyScenarioProfile(plan, {
      concurrency: 2,
      rampUpSec: 0,
      holdForSec: 0,
      iterations: 4,
    });
    const [big] = groups(xml);
    expect(prop(big!, 'LoopController.loops')).toBe('4');
    expect(prop(big!, 'ThreadGroup.scheduler')).toBe('false');
  });

  it('rewrites JMeter 5.6 typed properties too (intProp, longProp, self-closing)', () => {
    const modern = plan
      .replace(
        '<stringProp name="ThreadGroup.num_threads">30</stringProp>',
        '<intProp name="ThreadGroup.num_threads">30</intProp>',
      )
      .replace(
        '<stringProp name="ThreadGroup.duration"></stringProp>',
        '<longProp name="ThreadGroup.duration">600</longProp>',
      )
      .replace(
        '<stringProp name="ThreadGroup.delay"></stringProp>',
        '<stringProp name="ThreadGroup.delay"/>',
      );
    const { xml } = applyScenarioProfile(modern, { concurrency: 3, rampUpSec: 1, holdForSec: 2 });
    const [big] = groups(xml);
    expect(prop(big!, 'ThreadGroup.num_threads')).toBe('2');
    expect(prop(big!, 'ThreadGroup.duration')).toBe('3');
    expect(big).not.toContain('longProp');
    expect(big).not.toContain('<stringProp name="ThreadGroup.delay"/>');
  });

  it('adds a shared Constant Throughput Timer per rewritten group for a throughput target', () => {
    const { xml } = applyScenarioProfile(plan, {
      concurrency: 2,
      rampUpSec: 0,
      holdForSec: 10,
      throughput: 25,
    });
    const timers = [...xml.matchAll(/<ConstantThroughputTimer[\s\S]*?<\/ConstantThroughputTimer>/g)];
    expect(timers).toHaveLength(2);
    expect(timers[0]![0]).toContain('<intProp name="calcMode">3</intProp>');
    expect(timers[0]![0]).toContain('<value>1500</value>');
    // Each timer sits first in its thread group's own tree.
    expect(xml).toMatch(/<\/ThreadGroup>\s*<hashTree>\s*<ConstantThroughputTimer/);
  });

  it('leaves setUp/tearDown and plugin thread groups alone', () => {
    const other =
      '<SetupThreadGroup testname="setup" enabled="true"><stringProp name="ThreadGroup.num_threads">1</stringProp></SetupThreadGroup><hashTree/>' +
      '<com.blazemeter.jmeter.threads.concurrency.ConcurrencyThreadGroup testname="c" enabled="true"><stringProp name="TargetLevel">9</stringProp></com.blazemeter.jmeter.threads.concurrency.ConcurrencyThreadGroup><hashTree/>';
    const { xml, rewritten } = applyScenarioProfile(other, { concurrency: 5, rampUpSec: 0, holdForSec: 5 });
    expect(rewritten).toBe(0);
    expect(xml).toBe(other);
  });
});
