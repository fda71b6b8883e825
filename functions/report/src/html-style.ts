/**
 * The report's stylesheet, inlined into the HTML. System fonts only: the file must render identically offline.
 * Chart colours are custom properties so the dark-mode block restyles the SVGs as well as the page.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f5f6f8; --panel: #ffffff; --fg: #1c2230; --muted: #5d6678; --border: #e2e5ea;
  --grid: #eceef2; --axis: #9aa3b2; --hover: rgba(37, 99, 235, 0.07); --cursor: rgba(37, 99, 235, 0.45);
  --pass: #15803d; --pass-bg: #dcfce7; --fail: #b91c1c; --fail-bg: #fee2e2; --warn: #b45309; --warn-bg: #fef3c7;
  --c-rps: #2563eb; --c-mean: #6b7280; --c-p50: #0d9488; --c-p90: #2563eb; --c-p95: #d97706; --c-p99: #dc2626;
  --c-errors: #dc2626; --c-vus: #7c3aed; --c-ref: #6b7280; --c-bar: #93b4f5; --c-bar-bad: #f4a3a3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0e1116; --panel: #161a21; --fg: #e5e8ee; --muted: #9aa3b2; --border: #2a303b;
    --grid: #232833; --axis: #4b5563; --hover: rgba(96, 165, 250, 0.1); --cursor: rgba(96, 165, 250, 0.5);
    --pass: #4ade80; --pass-bg: #12331f; --fail: #f87171; --fail-bg: #3b1518; --warn: #fbbf24; --warn-bg: #3a2a0c;
    --c-rps: #60a5fa; --c-mean: #9ca3af; --c-p50: #2dd4bf; --c-p90: #60a5fa; --c-p95: #fbbf24; --c-p99: #f87171;
    --c-errors: #f87171; --c-vus: #a78bfa; --c-ref: #9ca3af; --c-bar: #2f5aa8; --c-bar-bad: #8a2d2d;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 1240px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 22px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 16px; margin: 0 0 12px; }
.muted, .meta { color: var(--muted); }
.meta { margin: 0; font-size: 13px; }
.meta span { white-space: nowrap; }
.meta span + span::before { content: "·"; margin: 0 8px; color: var(--border); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
header.top { display: flex; gap: 16px; align-items: flex-start; justify-content: space-between; margin-bottom: 20px; }
.badge {
  flex: none; padding: 6px 16px; border-radius: 999px; font-weight: 700; letter-spacing: 0.06em; font-size: 15px;
}
.badge.pass { color: var(--pass); background: var(--pass-bg); }
.badge.fail { color: var(--fail); background: var(--fail-bg); }
section.panel {
  background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 16px 18px;
  margin-bottom: 18px;
}
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-bottom: 18px; }
.kpi { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 12px 14px; }
.kpi .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.kpi .v { font-size: 22px; font-weight: 650; font-variant-numeric: tabular-nums; margin-top: 2px; }
.kpi .v small { font-size: 13px; font-weight: 500; color: var(--muted); margin-left: 3px; }
.kpi .sub { color: var(--muted); font-size: 12px; }
.kpi.bad .v { color: var(--fail); }
.kpi.warn .v { color: var(--warn); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 18px; }
@media (max-width: 520px) { .charts { grid-template-columns: 1fr; } }
figure.chart { margin: 0; min-width: 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
figure.chart svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-family: inherit; fill: var(--muted); }
svg .tick { font-size: 11px; font-variant-numeric: tabular-nums; }
svg .unit { font-size: 11px; font-style: italic; }
svg .empty { font-size: 14px; }
svg .grid { stroke: var(--grid); stroke-width: 1; }
svg .axis { stroke: var(--axis); stroke-width: 1; }
svg .line { fill: none; stroke: var(--c); stroke-width: 1.8; stroke-linejoin: round; stroke-linecap: round; }
svg .line.dashed { stroke-dasharray: 5 4; stroke-width: 1.5; }
svg .area { fill: var(--c); opacity: 0.13; stroke: none; }
svg .dot { fill: var(--c); }
svg .reference { stroke: var(--c-ref); stroke-dasharray: 3 4; stroke-width: 1.2; }
svg .ref-label { font-size: 11px; fill: var(--c-ref); }
svg .hover rect { fill: transparent; }
svg .hover line { stroke: transparent; stroke-width: 1; }
svg .hover g:hover rect { fill: var(--hover); }
svg .hover g:hover line { stroke: var(--cursor); }
.s-rps { --c: var(--c-rps); } .s-mean { --c: var(--c-mean); } .s-p50 { --c: var(--c-p50); }
.s-p90 { --c: var(--c-p90); } .s-p95 { --c: var(--c-p95); } .s-p99 { --c: var(--c-p99); }
.s-errors { --c: var(--c-errors); } .s-vus { --c: var(--c-vus); }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0 0; padding: 0 0 0 52px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; color: var(--muted); }
.swatch { display: inline-block; width: 16px; height: 3px; border-radius: 2px; background: var(--c); }
.swatch.dashed { background: repeating-linear-gradient(90deg, var(--c) 0 5px, transparent 5px 8px); }
.swatch.reference { background: repeating-linear-gradient(90deg, var(--c-ref) 0 3px, transparent 3px 6px); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
table.compact { width: auto; min-width: 50%; }
th, td { padding: 6px 10px; text-align: left; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 12px; font-weight: 600; color: var(--muted); white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.label { min-width: 12em; max-width: 420px; overflow-wrap: anywhere; }
td.detail { min-width: 16em; }
tr.total td { font-weight: 650; border-bottom: 2px solid var(--border); }
tbody tr:last-child td { border-bottom: none; }
td.bad { color: var(--fail); }
th.group { text-align: center; border-bottom: 1px solid var(--border); }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 18px; margin-bottom: 18px; }
.two-col > section.panel { margin-bottom: 0; }
.bar { position: relative; height: 8px; min-width: 80px; background: var(--grid); border-radius: 4px; overflow: hidden; }
.bar > span { position: absolute; inset: 0 auto 0 0; background: var(--c-bar); border-radius: 4px; }
.bar.bad > span { background: var(--c-bar-bad); }
td.msg { overflow-wrap: anywhere; white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.mark { font-weight: 700; }
.mark.pass { color: var(--pass); }
.mark.fail { color: var(--fail); }
.notice { border-radius: 8px; padding: 8px 12px; margin: 0 0 12px; }
.notice.warn { color: var(--warn); background: var(--warn-bg); }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
footer p { margin: 2px 0; }
@media (max-width: 640px) {
  main { padding: 16px 10px 32px; }
  header.top { flex-direction: column; }
  .legend { padding-left: 0; }
  /* The SVGs scale down with the viewport; larger glyphs keep the axes legible on phones. */
  svg .tick, svg .unit, svg .ref-label { font-size: 17px; }
  svg .x-unit { display: none; }
}
@media print {
  body { background: #fff; }
  section.panel, figure.chart { break-inside: avoid; }
}
`;
