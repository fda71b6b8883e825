/**
 * Applies the scenario's load profile to a copy of a JMeter plan. A user's plan does not read `${__P(...)}`
 * properties we could set, so its thread groups are rewritten instead, as Taurus does.
 *
 * Supported: enabled standard `ThreadGroup` elements (JMeter's "Thread Group"). Their threads, ramp-up, duration
 * and loops are replaced; threads are shared out in proportion to the groups' own counts (equally when a count
 * is not a plain number), at least one each. setUp/tearDown groups, disabled groups and plugin thread groups
 * (Concurrency, Ultimate, Arrivals…) are left as they are. A throughput target adds one Constant Throughput
 * Timer per rewritten group, in "all active threads (shared)" mode, so the whole JVM is paced to the target.
 */
export interface PlanLoad {
  /** Threads for the whole task. */
  concurrency: number;
  rampUpSec: number;
  holdForSec: number;
  /** Loops per thread; without it the groups loop until the duration ends. */
  iterations?: number;
  /** Requests (samples) per second for the whole task. */
  throughput?: number;
}

export interface PlanRewrite {
  xml: string;
  /** How many thread groups got the scenario's profile. */
  rewritten: number;
}

const THREAD_GROUP =
  /(<ThreadGroup\b[^>]*?)(\/>|>([\s\S]*?)<\/ThreadGroup>)(\s*)(<hashTree\s*\/>|<hashTree\s*>)?/g;
const REPLACED_PROPS = [
  'ThreadGroup.num_threads',
  'ThreadGroup.ramp_time',
  'ThreadGroup.scheduler',
  'ThreadGroup.duration',
  'ThreadGroup.delay',
  'ThreadGroup.start_time',
  'ThreadGroup.end_time',
];

function isDisabled(openTag: string): boolean {
  return /\benabled\s*=\s*"false"/.test(openTag);
}

function propPattern(name: string): RegExp {
  const n = name.replace(/\./g, '\\.');
  return new RegExp(`<(\\w+Prop)\\s+name="${n}"\\s*(?:/>|>[^<]*</\\1>)\\s*`, 'g');
}

function ownThreads(body: string): number {
  const m = /<\w+Prop\s+name="ThreadGroup\.num_threads"\s*>([^<]*)</.exec(body);
  const n = Number(m?.[1]?.trim());
  return Number.isInteger(n) && n > 0 ? n : Number.NaN;
}

/** Largest-remainder shares of `total` in proportion to `weights`, each at least 1. */
export function shareThreads(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const usable = weights.every((w) => Number.isFinite(w) && w > 0);
  const w = usable ? weights : weights.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const exact = w.map((x) => (total * x) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = shares[i]! + 1;
    left--;
  }
  return shares.map((s) => Math.max(1, s));
}

function profileXml(threads: number, load: PlanLoad): string {
  const duration = Math.ceil(load.rampUpSec + load.holdForSec);
  const scheduled = load.holdForSec > 0;
  const loops = load.iterations ?? (scheduled ? -1 : 1);
  return [
    '<elementProp name="ThreadGroup.main_controller" elementType="LoopController" guiclass="LoopControlPanel" testclass="LoopController" testname="Loop Controller" enabled="true">',
    '<boolProp name="LoopController.continue_forever">false</boolProp>',
    `<stringProp name="LoopController.loops">${loops}</stringProp>`,
    '</elementProp>',
    `<stringProp name="ThreadGroup.num_threads">${threads}</stringProp>`,
    `<stringProp name="ThreadGroup.ramp_time">${Math.round(load.rampUpSec)}</stringProp>`,
    `<boolProp name="ThreadGroup.scheduler">${scheduled}</boolProp>`,
    `<stringProp name="ThreadGroup.duration">${scheduled ? duration : ''}</stringProp>`,
    '<stringProp name="ThreadGroup.delay">0</stringProp>',
  ].join('\n');
}

/** Mode 3 ("all active threads, shared") paces every thread of the JVM against one schedule. */
function throughputTimerXml(perSecond: number): string {
  const perMinute = Math.round(perSecond * 60 * 1000) / 1000;
  return [
    '<ConstantThroughputTimer guiclass="TestBeanGUI" testclass="ConstantThroughputTimer" testname="DLT throughput" enabled="true">',
    '<intProp name="calcMode">3</intProp>',
    `<doubleProp><name>throughput</name><value>${perMinute}</value><savedValue>0.0</savedValue></doubleProp>`,
    '</ConstantThroughputTimer>',
    '<hashTree/>',
  ].join('\n');
}

export function applyScenarioProfile(xml: string, load: PlanLoad): PlanRewrite {
  const weights: number[] = [];
  for (const m of xml.matchAll(THREAD_GROUP)) {
    if (!isDisabled(m[1]!)) weights.push(ownThreads(m[3] ?? ''));
  }
  const shares = shareThreads(load.concurrency, weights);
  let index = 0;
  const out = xml.replace(
    THREAD_GROUP,
    (whole, open: string, _rest: string, body: string | undefined, gap: string, tree: string | undefined) => {
      if (isDisabled(open)) return whole;
      const threads = shares[index++]!;
      let kept = body ?? '';
      for (const name of REPLACED_PROPS) kept = kept.replace(propPattern(name), '');
      kept = kept.replace(
        /<elementProp\s+name="ThreadGroup\.main_controller"[^>]*?(?:\/>|>[\s\S]*?<\/elementProp>)\s*/,
        '',
      );
      const group = `${open}>\n${profileXml(threads, load)}\n${kept}</ThreadGroup>`;
      if (tree === undefined) return `${group}${gap}`;
      if (load.throughput === undefined || load.throughput <= 0) return `${group}${gap}${tree}`;
      const timer = throughputTimerXml(load.throughput);
      return /\/>$/.test(tree)
        ? `${group}${gap}<hashTree>\n${timer}\n</hashTree>`
        : `${group}${gap}${tree}\n${timer}`;
    },
  );
  return { xml: out, rewritten: index };
}
