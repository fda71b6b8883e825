#!/usr/bin/env node
// npm run bench:engine — our engine against wrk and autocannon on the same loopback target, in one run.
// Prints req/s and ratios at 10 and 100 connections, RSS with 10,000 VUs, and open-model rate accuracy.
// Optional: BENCH_SECONDS (default 8), BENCH_SKIP=vus,open to skip parts.
//
// The target runs on this machine too, so every client gets one thread: wrk -t1, autocannon (single-threaded by
// design) and dlt --threads 1. More client threads only take CPU from the target on a 2-core machine; the
// "2 threads" rows show that.
import { autocannon, dlt, fmt, have, ratio, scenario, startTarget, wrk } from './lib.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
if (!have('wrk')) {
  console.error('bench:engine needs wrk (Debian: apt-get install wrk)');
  process.exit(2);
}

const target = await startTarget();
const url = `${target.url}/`;
const rows = [];
let capacity = 0;
try {
  console.log(`target ${url}, ${seconds} s per measurement, client and target share this machine's CPUs\n`);
  for (const c of [10, 100]) {
    const w = wrk(url, c, seconds, 1);
    const a = autocannon(url, c, seconds);
    const ours = dlt(`c${c}`, scenario(`c${c}`, url, { concurrency: c, 'hold-for': `${seconds}s` }), [
      '--threads',
      '1',
    ]);
    const d = { rps: ours.total.rps, p50Ms: ours.total.latencyMs.p50 };
    capacity = Math.max(capacity, d.rps);
    rows.push({ c, w, a, d });
    console.log(
      `c=${String(c).padStart(3)}  wrk ${fmt(w.rps)} req/s (p50 ${fmt(w.p50Ms, 2)} ms)  autocannon ${fmt(a.rps)} req/s  ` +
        `dlt ${fmt(d.rps)} req/s (p50 ${fmt(d.p50Ms, 2)} ms)  dlt/wrk ${ratio(d.rps, w.rps)}  dlt/autocannon ${ratio(d.rps, a.rps)}`,
    );
  }

  if (!skip.has('threads')) {
    const w2 = wrk(url, 100, seconds, 2);
    const d2 = dlt('c100t2', scenario('c100t2', url, { concurrency: 100, 'hold-for': `${seconds}s` }), [
      '--threads',
      '2',
    ]);
    console.log(
      `c=100, 2 client threads: wrk -t2 ${fmt(w2.rps)} req/s  dlt --threads 2 ${fmt(d2.total.rps)} req/s  ` +
        `dlt/wrk ${ratio(d2.total.rps, w2.rps)}`,
    );
  }

  if (!skip.has('vus')) {
    const slow = await startTarget(['--delay', '1000']);
    try {
      const r = dlt(
        'vus10k',
        scenario('vus10k', `${slow.url}/`, { concurrency: 10_000, 'ramp-up': '5s', 'hold-for': '10s' }),
        ['--tasks', '1'],
      );
      console.log(
        `\n10,000 VUs, target answers after 1 s: peak RSS ${fmt(r.workers[0].peakRssMb)} MB (one worker), ` +
          `${fmt(r.total.rps)} req/s, p50 ${fmt(r.total.latencyMs.p50, 1)} ms, errors ${r.total.errors}`,
      );
    } finally {
      slow.stop();
    }
  }

  if (!skip.has('open')) {
    // A fresh target process, so that the earlier saturation runs (and their GC debt) do not bleed into this one.
    const fresh = await startTarget();
    const rate = Math.round(capacity / 2);
    const hold = Math.max(seconds, 10);
    const ramp = 2; // connections open gradually instead of in one storm against a cold target
    // VUs to spare, so that a pause of the target (it shares this machine) does not turn into dropped arrivals:
    // the question here is the generator's rate accuracy.
    const r = dlt(
      'open',
      scenario('open', `${fresh.url}/`, {
        concurrency: 10_000,
        throughput: rate,
        'ramp-up': `${ramp}s`,
        'hold-for': `${hold}s`,
      }),
      ['--threads', '1'],
    );
    const effectiveSec = hold + ramp / 2; // the ramp delivers half its full-rate arrivals
    const achieved = (r.total.requests + r.dropped) / effectiveSec;
    const sent = r.total.requests / effectiveSec;
    console.log(
      `\nopen model at half capacity: requested ${rate} req/s, scheduled ${fmt(achieved, 1)} req/s ` +
        `(${fmt(((achieved - rate) / rate) * 100, 2)}%), sent ${fmt(sent, 1)} req/s ` +
        `(${fmt(((sent - rate) / rate) * 100, 2)}%), dropped ${r.dropped}, p50 ${fmt(r.total.latencyMs.p50, 2)} ms`,
    );
    fresh.stop();
    const w10 = rows.find((x) => x.c === 10);
    if (w10)
      console.log(`p50 at 10 connections: dlt ${fmt(w10.d.p50Ms, 3)} ms vs wrk ${fmt(w10.w.p50Ms, 3)} ms`);
  }
} finally {
  target.stop();
}
