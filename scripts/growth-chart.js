#!/usr/bin/env node
// Renders the growth benchmark's latency against store size as an SVG, from a JMH-shaped JSON result file
// (GrowthRun writes one; any JMH -rf json file whose entries carry params "backend" and "items" works too).
//
//   node scripts/growth-chart.js docs/benchmarks/growth.svg docs/benchmarks/growth-*.json
//
// (the chart first, then one or more result files, whose entries are drawn together)
//
// x: stored items (log scale); y: median latency per call in µs (log scale), with the 95 % interval of the
// median as a bar. One line per query and backend: solid for DynamoDB, dashed for PostgreSQL.
'use strict';
const fs = require('fs');

const [output, ...inputs] = process.argv.slice(2);
if (!output || !output.endsWith('.svg') || inputs.length === 0) {
  console.error('usage: node scripts/growth-chart.js <chart.svg> <result.json>...');
  process.exit(2);
}
const results = inputs.flatMap((input) => JSON.parse(fs.readFileSync(input, 'utf8')));

const series = new Map();
for (const r of results) {
  const query = r.benchmark.split('.').pop();
  const backend = r.params.backend;
  const key = `${backend} ${query}`;
  if (!series.has(key)) series.set(key, { backend, query, points: [] });
  const [low, high] = r.primaryMetric.scoreConfidence || [r.primaryMetric.score, r.primaryMetric.score];
  series.get(key).points.push({ items: Number(r.params.items), score: r.primaryMetric.score, low, high });
}
for (const s of series.values()) s.points.sort((a, b) => a.items - b.items);

const all = [...series.values()].flatMap((s) => s.points);
const log = Math.log10;
const xMin = log(Math.min(...all.map((p) => p.items))) - 0.15;
const xMax = log(Math.max(...all.map((p) => p.items))) + 0.15;
const yMin = Math.floor(log(Math.min(...all.map((p) => p.low))) * 4) / 4;
const yMax = Math.ceil(log(Math.max(...all.map((p) => p.high))) * 4) / 4;

const W = 860, H = 480, left = 70, right = 300, top = 40, bottom = 50;
const px = (items) => left + ((log(items) - xMin) / (xMax - xMin)) * (W - left - right);
const py = (us) => H - bottom - ((log(us) - yMin) / (yMax - yMin)) * (H - top - bottom);
const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const queries = [...new Set([...series.values()].map((s) => s.query))];
const colour = (query) => colours[queries.indexOf(query) % colours.length];
const fmt = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`);
const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;');

const out = [];
out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
  `font-family="sans-serif" font-size="12">`);
out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
out.push(`<text x="${left}" y="22" font-size="14" font-weight="bold">Listing latency against stored items ` +
  `(median per call, 95 % interval)</text>`);
// grid and axes
for (let e = Math.ceil(xMin); e <= Math.floor(xMax); e++) {
  for (const m of [1, 2, 5]) {
    const v = m * 10 ** e;
    if (log(v) < xMin || log(v) > xMax) continue;
    out.push(`<line x1="${px(v)}" y1="${top}" x2="${px(v)}" y2="${H - bottom}" stroke="#eee"/>`);
    out.push(`<text x="${px(v)}" y="${H - bottom + 16}" text-anchor="middle">${fmt(v)}</text>`);
  }
}
for (let e = Math.floor(yMin); e <= Math.ceil(yMax); e++) {
  for (const m of [1, 2, 5]) {
    const v = m * 10 ** e;
    if (log(v) < yMin || log(v) > yMax) continue;
    out.push(`<line x1="${left}" y1="${py(v)}" x2="${W - right}" y2="${py(v)}" stroke="#eee"/>`);
    out.push(`<text x="${left - 6}" y="${py(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
}
out.push(`<rect x="${left}" y="${top}" width="${W - left - right}" height="${H - top - bottom}" fill="none" stroke="#444"/>`);
out.push(`<text x="${(left + W - right) / 2}" y="${H - 12}" text-anchor="middle">stored items (log scale)</text>`);
out.push(`<text transform="translate(16 ${(top + H - bottom) / 2}) rotate(-90)" text-anchor="middle">` +
  `µs per call (log scale)</text>`);
// series
let row = 0;
for (const s of series.values()) {
  const c = colour(s.query);
  const dash = s.backend === 'postgres' ? ' stroke-dasharray="6 4"' : '';
  out.push(`<polyline fill="none" stroke="${c}" stroke-width="2"${dash} points="` +
    s.points.map((p) => `${px(p.items).toFixed(1)},${py(p.score).toFixed(1)}`).join(' ') + '"/>');
  for (const p of s.points) {
    const x = px(p.items).toFixed(1);
    out.push(`<line x1="${x}" y1="${py(p.low).toFixed(1)}" x2="${x}" y2="${py(p.high).toFixed(1)}" stroke="${c}"/>`);
    out.push(`<circle cx="${x}" cy="${py(p.score).toFixed(1)}" r="3.5" fill="${c}"/>`);
  }
  const ly = top + 10 + row * 18;
  out.push(`<line x1="${W - right + 16}" y1="${ly}" x2="${W - right + 46}" y2="${ly}" stroke="${c}" stroke-width="2"${dash}/>`);
  const first = s.points[0], last = s.points[s.points.length - 1];
  out.push(`<text x="${W - right + 52}" y="${ly + 4}">${esc(s.backend)} ${esc(s.query)} ` +
    `(×${(last.score / first.score).toFixed(2)})</text>`);
  row++;
}
out.push('</svg>');
fs.writeFileSync(output, out.join('\n') + '\n');
console.log(`wrote ${output}: ${series.size} series, ${all.length} points`);
