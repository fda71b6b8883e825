import { describe, expect, it } from 'vitest';
import { renderLineChart } from './svg-chart.js';

const spec = (t: number[], values: number[]) => ({
  id: 'c',
  title: 'T',
  unit: 'req/s',
  t,
  series: [{ name: 'req/s', key: 'rps', values }],
  formatValue: String,
});

describe('renderLineChart', () => {
  it('draws a polyline with axes, tick labels and a legend', () => {
    const svg = renderLineChart(spec([1, 2, 3], [10, 40, 20]));
    expect(svg).toContain('<polyline class="line s-rps"');
    expect(svg).toMatch(/<text class="tick"[^>]*>40<\/text>/);
    expect(svg).toContain('<ul class="legend">');
    expect((svg.match(/<title>/g) ?? []).length).toBe(3);
  });

  it('draws a dot for a single point and a placeholder for no data', () => {
    expect(renderLineChart(spec([5], [7]))).toContain('<circle class="dot s-rps"');
    const empty = renderLineChart(spec([], []));
    expect(empty).toContain('No data recorded');
    expect(empty).not.toContain('<polyline');
    expect(empty).not.toMatch(/NaN|Infinity/);
  });

  it('decimates long series but keeps spikes', () => {
    const n = 20_000;
    const t = Array.from({ length: n }, (_, i) => i + 1);
    const values = t.map((i) => (i === 12_345 ? 1000 : 10));
    const svg = renderLineChart(spec(t, values));
    const points = /<polyline[^>]*points="([^"]*)"/.exec(svg)![1]!.split(' ');
    expect(points.length).toBeLessThanOrEqual(1200);
    const ys = points.map((p) => Number(p.split(',')[1]));
    expect(Math.min(...ys)).toBeLessThan(40);
    expect((svg.match(/<title>/g) ?? []).length).toBeLessThanOrEqual(240);
  });
});
