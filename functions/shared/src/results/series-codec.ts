import { COARSE_SUB_BUCKET_BITS } from './histogram.js';
import type { EncodedSecond, WindowCounters } from './stats.js';

/**
 * The per-second series of a task artifact, packed as unsigned LEB128 varints. The artifact container keeps
 * these bytes beside its JSON header (artifact.ts). A 1,000-task merge spends most of its time here, and
 * parsing JSON arrays of tuples was five times slower than reading varints straight into the merged counters.
 *
 * Layout: seconds count, then per second: t (absolute for the first, then the gap to the previous), vus,
 * entry count, and per entry: labelIndex, requests, errors, bytes, latencySumUs, latencyMinUs, latencyMaxUs,
 * bucket pair count, [index delta, count]..., status code count, [index into `codes`, count]...
 */
export interface EncodedSeries {
  encoding: 'varint-v1';
  /** Status-code keys ('200', 'timeout', ...) referenced by index from the data. */
  codes: string[];
  data: Uint8Array;
}

class VarintWriter {
  private buf = new Uint8Array(4096);
  private pos = 0;

  write(n: number): void {
    if (this.pos + 10 > this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot encode ${n} as a varint`);
    while (n >= 128) {
      this.buf[this.pos++] = (n % 128) | 128;
      n = Math.floor(n / 128);
    }
    this.buf[this.pos++] = n;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

export function encodeSeries(seconds: readonly EncodedSecond[]): EncodedSeries {
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const w = new VarintWriter();
  const sorted = [...seconds].sort((a, b) => a.t - b.t);
  w.write(sorted.length);
  let previous = 0;
  sorted.forEach((s, i) => {
    w.write(i === 0 ? s.t : s.t - previous);
    previous = s.t;
    w.write(s.vus);
    w.write(s.l.length);
    for (const [label, requests, errors, bytes, sum, min, max, b, statusCodes] of s.l) {
      w.write(label);
      w.write(requests);
      w.write(errors);
      w.write(bytes);
      w.write(sum);
      w.write(min);
      w.write(max);
      w.write(b.length / 2);
      for (const x of b) w.write(x);
      const keys = Object.keys(statusCodes);
      w.write(keys.length);
      for (const key of keys) {
        let k = codeIndex.get(key);
        if (k === undefined) {
          k = codes.length;
          codes.push(key);
          codeIndex.set(key, k);
        }
        w.write(k);
        w.write(statusCodes[key]!);
      }
    }
  });
  return { encoding: 'varint-v1', codes, data: w.bytes().slice() };
}

/**
 * Reads a series and adds every entry into the counters `target(t, labelIndex)` returns, which must have the
 * coarse precision. `onSecond` sees each second's t and vus first.
 */
export function readSeries(
  series: EncodedSeries,
  labelCount: number,
  onSecond: (t: number, vus: number) => void,
  target: (t: number, labelIndex: number) => WindowCounters,
): void {
  if (series.encoding !== 'varint-v1')
    throw new Error(`unknown series encoding ${JSON.stringify(series.encoding)}`);
  const buf = series.data;
  let pos = 0;
  const end = buf.length;
  const read = (): number => {
    if (pos >= end) throw new Error('corrupt series: truncated');
    let b = buf[pos++]!;
    if (b < 128) return b;
    let result = b & 127;
    let scale = 128;
    do {
      if (pos >= buf.length) throw new Error('corrupt series: truncated');
      b = buf[pos++]!;
      result += (b & 127) * scale;
      scale *= 128;
    } while (b >= 128);
    return result;
  };
  const seconds = read();
  let t = 0;
  for (let s = 0; s < seconds; s++) {
    t = s === 0 ? read() : t + read();
    onSecond(t, read());
    const entries = read();
    for (let e = 0; e < entries; e++) {
      const label = read();
      if (label >= labelCount) throw new Error(`corrupt series: label index ${label}`);
      const c = target(t, label);
      const h = c.latency;
      if (h.subBucketBits !== COARSE_SUB_BUCKET_BITS) throw new Error('per-second counters must be coarse');
      const requests = read();
      c.requests += requests;
      c.errors += read();
      c.bytes += read();
      const sum = read();
      const min = read();
      const max = read();
      const pairs = read();
      const counts = h.counts;
      let index = 0;
      let total = 0;
      for (let p = 0; p < pairs; p++) {
        index += read();
        const n = read();
        if (index >= counts.length) throw new Error('corrupt series: bucket out of range');
        counts[index]! += n;
        total += n;
      }
      if (total !== requests) throw new Error(`corrupt series: ${total} latencies for ${requests} requests`);
      if (requests > 0) {
        h.count += requests;
        h.sum += sum;
        if (min < h.min) h.min = min;
        if (max > h.max) h.max = max;
      }
      const codeCount = read();
      for (let k = 0; k < codeCount; k++) {
        const key = series.codes[read()];
        if (key === undefined) throw new Error('corrupt series: status code index');
        c.statusCodes.set(key, (c.statusCodes.get(key) ?? 0) + read());
      }
    }
  }
  if (pos !== buf.length) throw new Error('corrupt series: trailing bytes');
}
