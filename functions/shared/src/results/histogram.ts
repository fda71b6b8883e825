/**
 * A log-linear latency histogram in integer microseconds, in the HdrHistogram family, built for an exact merge.
 *
 * Values below 2^(S+1) µs get one bucket each (exact). Above that, every power-of-two range is split into 2^S
 * buckets of equal width. Reporting a bucket's midpoint bounds the relative error of any percentile by
 * 1 / 2^(S+1): 0.39 % for the default S = 7. Merging is bucket-wise addition, so it is exact, associative and
 * commutative: a percentile of merged histograms is the percentile of one histogram of all the raw samples.
 *
 * Values from 2^31 µs (about 35 minutes) up are clamped into the last bucket; the exact max is still kept.
 */

export const DEFAULT_SUB_BUCKET_BITS = 7;
/** Per-second histograms trade precision for size: 1 / 2^4 = 6.25 % relative error. */
export const COARSE_SUB_BUCKET_BITS = 3;
const MAX_TRACKABLE_US = 0x7fffffff;

export interface EncodedHistogram {
  /** sub-bucket bits */
  s: number;
  n: number;
  min: number;
  max: number;
  sum: number;
  /** sparse buckets: [index delta, count, index delta, count, ...], deltas from the previous index */
  b: number[];
}

/** Nearest-rank: the 1-based rank of the sample that answers quantile q (0..100) among n samples. */
export function percentileRank(q: number, n: number): number {
  const rank = Math.ceil((q * n) / 100 - 1e-9);
  return Math.min(n, Math.max(1, rank));
}

export function relativeErrorBound(subBucketBits: number = DEFAULT_SUB_BUCKET_BITS): number {
  return 1 / 2 ** (subBucketBits + 1);
}

export class LatencyHistogram {
  readonly subBucketBits: number;
  readonly counts: Float64Array;
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;
  sum = 0;
  private readonly subBucketCount: number;
  private readonly linearLimit: number;

  constructor(subBucketBits: number = DEFAULT_SUB_BUCKET_BITS) {
    if (!Number.isInteger(subBucketBits) || subBucketBits < 1 || subBucketBits > 12) {
      throw new RangeError(`subBucketBits must be an integer in 1..12, got ${subBucketBits}`);
    }
    this.subBucketBits = subBucketBits;
    this.subBucketCount = 1 << subBucketBits;
    this.linearLimit = this.subBucketCount << 1;
    this.counts = new Float64Array((32 - subBucketBits) << subBucketBits);
  }

  /** Records one value in microseconds. Negative or fractional input is rounded into range. */
  record(valueUs: number, times = 1): void {
    let v = valueUs > 0 ? Math.round(valueUs) : 0;
    if (v > MAX_TRACKABLE_US) v = MAX_TRACKABLE_US;
    this.counts[this.indexOf(v)]! += times;
    this.count += times;
    this.sum += v * times;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  indexOf(v: number): number {
    if (v < this.linearLimit) return v;
    const shift = 31 - Math.clz32(v) - this.subBucketBits;
    return ((shift + 1) << this.subBucketBits) + ((v >>> shift) - this.subBucketCount);
  }

  /** The lowest value that lands in bucket `index`, and the bucket's width. */
  bucketBounds(index: number): { lower: number; width: number } {
    if (index < this.linearLimit) return { lower: index, width: 1 };
    const shift = (index >>> this.subBucketBits) - 1;
    const sub = (index & (this.subBucketCount - 1)) + this.subBucketCount;
    const width = 2 ** shift;
    return { lower: sub * width, width };
  }

  merge(other: LatencyHistogram): this {
    if (other.subBucketBits !== this.subBucketBits) {
      throw new Error(
        `cannot merge histograms of different precision (${other.subBucketBits} into ${this.subBucketBits})`,
      );
    }
    if (other.count === 0) return this;
    const src = other.counts;
    const dst = this.counts;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c !== 0) dst[i]! += c;
    }
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    return this;
  }

  /**
   * The same values at a lower precision. Exact: every bucket of this histogram lies inside one bucket of the
   * coarser one, because both split the same powers of two, the coarser into fewer parts.
   */
  downsample(subBucketBits: number): LatencyHistogram {
    if (subBucketBits > this.subBucketBits) throw new RangeError('downsample cannot add precision');
    const out = new LatencyHistogram(subBucketBits);
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i]!;
      if (c !== 0) out.counts[out.indexOf(this.bucketBounds(i).lower)]! += c;
    }
    out.count = this.count;
    out.sum = this.sum;
    out.min = this.min;
    out.max = this.max;
    return out;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = 0;
  }

  meanUs(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  /** Quantile q in 0..100, in microseconds; NaN when empty. p0 and p100 are the exact min and max. */
  percentileUs(q: number): number {
    return this.percentilesUs([q])[0]!;
  }

  /** Several quantiles in one pass over the buckets; `qs` in any order. */
  percentilesUs(qs: readonly number[]): number[] {
    if (this.count === 0) return qs.map(() => Number.NaN);
    const order = qs
      .map((q, i) => ({ i, rank: percentileRank(q, this.count), q }))
      .sort((a, b) => a.rank - b.rank);
    const out = new Array<number>(qs.length);
    let cumulative = 0;
    let index = 0;
    for (const { i, rank, q } of order) {
      if (q <= 0) {
        out[i] = this.min;
        continue;
      }
      if (q >= 100) {
        out[i] = this.max;
        continue;
      }
      while (cumulative < rank && index < this.counts.length) {
        cumulative += this.counts[index]!;
        index++;
      }
      out[i] = this.representative(index - 1);
    }
    return out;
  }

  private representative(index: number): number {
    const { lower, width } = this.bucketBounds(index);
    const mid = lower + (width - 1) / 2;
    return Math.min(this.max, Math.max(this.min, mid));
  }

  encode(): EncodedHistogram {
    const b: number[] = [];
    let previous = 0;
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i]!;
      if (c !== 0) {
        b.push(i - previous, c);
        previous = i;
      }
    }
    return {
      s: this.subBucketBits,
      n: this.count,
      min: this.count === 0 ? 0 : this.min,
      max: this.max,
      sum: this.sum,
      b,
    };
  }

  static decode(encoded: EncodedHistogram): LatencyHistogram {
    const h = new LatencyHistogram(encoded.s);
    h.addEncoded(encoded);
    return h;
  }

  /** Merges an encoded histogram without materialising it first (the results parser's hot path). */
  addEncoded(encoded: EncodedHistogram): this {
    if (encoded.s !== this.subBucketBits) {
      throw new Error(
        `cannot merge histograms of different precision (${encoded.s} into ${this.subBucketBits})`,
      );
    }
    return this.addSparse(encoded.b, encoded.n, encoded.min, encoded.max, encoded.sum);
  }

  /** Adds sparse buckets `[index delta, count, ...]` of this histogram's precision, checked against `n`. */
  addSparse(b: readonly number[], n: number, min: number, max: number, sum: number): this {
    if (n === 0) return this;
    const counts = this.counts;
    let index = 0;
    let total = 0;
    for (let k = 0; k < b.length; k += 2) {
      index += b[k]!;
      const c = b[k + 1]!;
      if (index >= counts.length || c < 0) throw new Error('corrupt histogram: bucket out of range');
      counts[index]! += c;
      total += c;
    }
    if (total !== n) throw new Error(`corrupt histogram: buckets hold ${total} values, header says ${n}`);
    this.count += n;
    this.sum += sum;
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
    return this;
  }
}
