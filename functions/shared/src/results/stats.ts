import { COARSE_SUB_BUCKET_BITS, type EncodedHistogram, LatencyHistogram } from './histogram.js';

/**
 * Counters for one label (or the total) over a window: the whole run, or one second.
 * Everything in here merges exactly: counts add, histograms add bucket-wise.
 */
export class WindowCounters {
  requests = 0;
  errors = 0;
  bytes = 0;
  readonly latency: LatencyHistogram;
  /** HTTP status codes ('200') and non-HTTP outcomes ('timeout', 'econnrefused', ...). */
  readonly statusCodes = new Map<string, number>();
  readonly errorMessages = new Map<string, number>();

  constructor(subBucketBits?: number) {
    this.latency = new LatencyHistogram(subBucketBits);
  }

  merge(other: WindowCounters): this {
    this.requests += other.requests;
    this.errors += other.errors;
    this.bytes += other.bytes;
    this.latency.merge(other.latency);
    addCounts(this.statusCodes, other.statusCodes);
    addCounts(this.errorMessages, other.errorMessages);
    return this;
  }

  encode(): EncodedCounters {
    return {
      requests: this.requests,
      errors: this.errors,
      bytes: this.bytes,
      latency: this.latency.encode(),
      statusCodes: Object.fromEntries(this.statusCodes),
      errorMessages: Object.fromEntries(this.errorMessages),
    };
  }

  addEncoded(encoded: EncodedCounters): this {
    this.requests += encoded.requests;
    this.errors += encoded.errors;
    this.bytes += encoded.bytes;
    this.latency.addEncoded(encoded.latency);
    addRecord(this.statusCodes, encoded.statusCodes);
    addRecord(this.errorMessages, encoded.errorMessages);
    return this;
  }

  static decode(encoded: EncodedCounters): WindowCounters {
    return new WindowCounters(encoded.latency.s).addEncoded(encoded);
  }
}

export interface EncodedCounters {
  requests: number;
  errors: number;
  bytes: number;
  latency: EncodedHistogram;
  statusCodes: Record<string, number>;
  errorMessages: Record<string, number>;
}

/**
 * One label's activity in one second, as a tuple to keep a 1-hour, 10-label artifact small:
 * [labelIndex, requests, errors, bytes, latencySumUs, latencyMinUs, latencyMaxUs, coarseBuckets, statusCodes].
 */
export type EncodedSecondLabel = [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number[],
  Record<string, number>,
];

export interface EncodedSecond {
  /** Unix epoch second, so that seconds line up across tasks and hosts. */
  t: number;
  /** Virtual users active at the end of the second. */
  vus: number;
  l: EncodedSecondLabel[];
}

/** Encodes one label's second; `subBucketBits` lowers the histogram's precision to keep the series small. */
export function encodeSecondLabel(
  labelIndex: number,
  c: WindowCounters,
  subBucketBits?: number,
): EncodedSecondLabel {
  const latency = subBucketBits === undefined ? c.latency : c.latency.downsample(subBucketBits);
  if (latency.subBucketBits !== COARSE_SUB_BUCKET_BITS) {
    throw new Error(`per-second histograms are stored with ${COARSE_SUB_BUCKET_BITS} sub-bucket bits`);
  }
  const h = latency.encode();
  return [
    labelIndex,
    c.requests,
    c.errors,
    c.bytes,
    h.sum,
    h.min,
    h.max,
    h.b,
    Object.fromEntries(c.statusCodes),
  ];
}

export function addEncodedSecondLabel(target: WindowCounters, e: EncodedSecondLabel): void {
  const [, requests, errors, bytes, sum, min, max, b, codes] = e;
  if (target.latency.subBucketBits !== COARSE_SUB_BUCKET_BITS) {
    throw new Error(`per-second histograms are stored with ${COARSE_SUB_BUCKET_BITS} sub-bucket bits`);
  }
  target.requests += requests;
  target.errors += errors;
  target.bytes += bytes;
  // Every recorded request has a latency, so the bucket counts must add up to `requests`.
  target.latency.addSparse(b, requests, min, max, sum);
  addRecord(target.statusCodes, codes);
}

export function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

export function addRecord(into: Map<string, number>, from: Readonly<Record<string, number>>): void {
  for (const k in from) into.set(k, (into.get(k) ?? 0) + from[k]!);
}
