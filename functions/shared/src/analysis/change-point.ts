/** A rise in a series: the split that best separates a lower "before" from a higher "after". */
export interface Rise {
  /** Index (into the values given) of the first point after the split. */
  index: number;
  beforeMean: number;
  afterMean: number;
}

/**
 * Finds the single split of `values` (nulls skipped) that maximises the rise of the mean, weighted by
 * sqrt(k(n-k)/n) as in a CUSUM mean-shift test so that a long, clear shift beats a short spike at either end.
 * Each side keeps at least `minSegment` points. Undefined when no split raises the mean.
 */
export function largestRise(values: ReadonlyArray<number | null>, minSegment: number): Rise | undefined {
  const points: Array<{ i: number; v: number }> = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) points.push({ i, v });
  });
  const n = points.length;
  const min = Math.max(1, minSegment);
  if (n < 2 * min) return undefined;
  const prefix = [0];
  for (const p of points) prefix.push(prefix[prefix.length - 1]! + p.v);
  const total = prefix[n]!;
  let best: (Rise & { score: number }) | undefined;
  for (let k = min; k <= n - min; k++) {
    const beforeMean = prefix[k]! / k;
    const afterMean = (total - prefix[k]!) / (n - k);
    const score = (afterMean - beforeMean) * Math.sqrt((k * (n - k)) / n);
    if (score > 0 && (best === undefined || score > best.score)) {
      best = { index: points[k]!.i, beforeMean, afterMean, score };
    }
  }
  if (best === undefined) return undefined;
  return { index: best.index, beforeMean: best.beforeMean, afterMean: best.afterMean };
}

export function mean(values: ReadonlyArray<number | null>): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}
