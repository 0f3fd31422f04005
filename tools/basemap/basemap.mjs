// Writes src/ui/locator/basemap.rs: the land, the borders between countries and a point for each
// country's name, for the part of the world around a story's places. The locator map draws it.
//
//   cd tools/basemap && npm ci && node basemap.mjs ../../content/<story> [out.rs]
//
// Source: Natural Earth 1:50m (public domain) as TopoJSON in the npm package world-atlas (ISC).
// Not part of the normal build: the output is committed. Run it again only when a story's places
// move outside the box the committed file covers (the locator map then falls back to a schematic
// drawing, and a native test of the bundled story fails).
//
// What it does, all in plain degrees (longitude, latitude):
// 1. reads the places' coordinates from <story>/places.toml;
// 2. takes a box around them (COVER_PAD of their largest span on each side);
// 3. decodes the TopoJSON arcs, clips land rings and border lines to the box, simplifies them
//    (Douglas-Peucker) and drops rings too small to see;
// 4. finds, for each country big enough inside a tighter box, the inside point farthest from its
//    edges, for its name;
// 5. writes centidegrees as Rust statics.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const ATLAS_VERSION = require('world-atlas/package.json').version;
const ATLAS_FILE = 'countries-50m.json';

/** Share of the places' largest span added on each side for the data's box. */
const COVER_PAD = 0.3;
/** The same for the box that decides which countries get a name (close to the map's own frame). */
const LABEL_PAD = 0.12;
/** Douglas-Peucker tolerance, as a share of the box's largest span. */
const TOLERANCE = 0.0015;
/** Rings smaller than this many tolerance-squares are dropped. */
const MIN_RING_AREA = 12;
/** Countries with less than this share of the label box get no name. */
const MIN_LABEL_SHARE = 0.004;

const storyDir = path.resolve(process.argv[2] ?? path.join(here, '../../content/pakistan-afghanistan-talks'));
const outFile = path.resolve(process.argv[3] ?? path.join(here, '../../src/ui/locator/basemap.rs'));

// 1. The places.
const placesToml = readFileSync(path.join(storyDir, 'places.toml'), 'utf8');
const places = placesToml
  .split(/^\[\[place\]\]\s*$/m)
  .slice(1)
  .map((block) => ({
    lat: Number(/^lat\s*=\s*(-?[\d.]+)/m.exec(block)?.[1]),
    lon: Number(/^lon\s*=\s*(-?[\d.]+)/m.exec(block)?.[1]),
  }));
if (places.length === 0 || places.some((p) => !Number.isFinite(p.lat) || !Number.isFinite(p.lon))) {
  throw new Error(`${storyDir}/places.toml: no places, or a place without lat/lon`);
}

// 2. The boxes: [west, south, east, north].
function boxAround(pad, minSpan) {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let [w, s, e, n] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  const span = Math.max(e - w, n - s, minSpan);
  const d = span * pad + minSpan / 2;
  return [Math.max(-180, w - d), Math.max(-85, s - d), Math.min(180, e + d), Math.min(85, n + d)];
}
const cover = boxAround(COVER_PAD, 4).map((v, i) => (i < 2 ? Math.floor(v) : Math.ceil(v)));
const labelBox = boxAround(LABEL_PAD, 2);
const tolerance = Math.max(cover[2] - cover[0], cover[3] - cover[1]) * TOLERANCE;

// 3. The TopoJSON.
const topo = JSON.parse(readFileSync(require.resolve(`world-atlas/${ATLAS_FILE}`), 'utf8'));
const [kx, ky] = topo.transform.scale;
const [dx, dy] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([qx, qy]) => {
    x += qx;
    y += qy;
    return [x * kx + dx, y * ky + dy];
  });
});
const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
function ring(indices) {
  const points = [];
  for (const i of indices) {
    const pts = arcPoints(i);
    points.push(...(points.length ? pts.slice(1) : pts));
  }
  return points;
}
/** A geometry's polygons, each a list of rings (outer first). */
function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs.map(ring)];
  if (geometry.type === 'MultiPolygon') return geometry.arcs.map((p) => p.map(ring));
  return [];
}

/** Sutherland-Hodgman: a ring clipped to a box (may come back empty). */
function clipRing(points, [w, s, e, n]) {
  const edges = [
    [(p) => p[0] >= w, (a, b) => at(a, b, 0, w)],
    [(p) => p[0] <= e, (a, b) => at(a, b, 0, e)],
    [(p) => p[1] >= s, (a, b) => at(a, b, 1, s)],
    [(p) => p[1] <= n, (a, b) => at(a, b, 1, n)],
  ];
  let out = points;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cross(prev, cur));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}
function at(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** A line clipped to a box: the pieces inside (Liang-Barsky per segment, joined where they meet). */
function clipLine(points, [w, s, e, n]) {
  const pieces = [];
  let piece = null;
  for (let i = 1; i < points.length; i++) {
    const seg = clipSegment(points[i - 1], points[i], w, s, e, n);
    if (!seg) {
      piece = null;
      continue;
    }
    const [a, b] = seg;
    if (piece && same(piece[piece.length - 1], a)) piece.push(b);
    else pieces.push((piece = [a, b]));
    if (!same(b, points[i])) piece = null;
  }
  return pieces;
}
function clipSegment(a, b, w, s, e, n) {
  let [t0, t1] = [0, 1];
  const d = [b[0] - a[0], b[1] - a[1]];
  const checks = [
    [-d[0], a[0] - w],
    [d[0], e - a[0]],
    [-d[1], a[1] - s],
    [d[1], n - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  if (t0 > t1) return null;
  return [
    [a[0] + d[0] * t0, a[1] + d[1] * t0],
    [a[0] + d[0] * t1, a[1] + d[1] * t1],
  ];
}
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Douglas-Peucker on an open line (keeps both ends). */
function simplify(points, tol) {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let far = -1;
    let best = tol;
    for (let k = i + 1; k < j; k++) {
      const d = distanceToSegment(points[k], points[i], points[j]);
      if (d > best) {
        best = d;
        far = k;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([i, far], [far, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}
/** A closed ring simplified: split at its point farthest from the first, so both halves are lines. */
function simplifyRing(points, tol) {
  const open = same(points[0], points[points.length - 1]) ? points.slice(0, -1) : points;
  if (open.length < 4) return open;
  let far = 0;
  let best = -1;
  open.forEach((p, k) => {
    const d = Math.hypot(p[0] - open[0][0], p[1] - open[0][1]);
    if (d > best) {
      best = d;
      far = k;
    }
  });
  const a = simplify(open.slice(0, far + 1), tol);
  const b = simplify(open.slice(far).concat([open[0]]), tol);
  return a.concat(b.slice(1, -1));
}
function distanceToSegment(p, a, b) {
  const [vx, vy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = vx * vx + vy * vy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * vx), p[1] - (a[1] + t * vy));
}
function area(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [a, b] = [points[i], points[(i + 1) % points.length]];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** Degrees to centidegrees, dropping points that round onto their neighbour. */
function quantize(points) {
  const out = [];
  for (const [x, y] of points) {
    const q = [Math.round(x * 100), Math.round(y * 100)];
    if (!out.length || !same(out[out.length - 1], q)) out.push(q);
  }
  return out;
}

// Land: every ring of the land object, clipped, simplified, big enough to see.
const land = [];
for (const geometry of topo.objects.land.geometries) {
  for (const polygon of polygons(geometry)) {
    for (const r of polygon) {
      const clipped = clipRing(r, cover);
      if (clipped.length < 3 || area(clipped) < MIN_RING_AREA * tolerance * tolerance) continue;
      const q = quantize(simplifyRing(clipped, tolerance));
      if (q.length >= 3) land.push(q);
    }
  }
}

// Borders: arcs that two different countries share.
const users = new Map();
topo.objects.countries.geometries.forEach((geometry, g) => {
  const visit = (a) => (Array.isArray(a) ? a.forEach(visit) : users.set(a < 0 ? ~a : a, (users.get(a < 0 ? ~a : a) ?? new Set()).add(g)));
  visit(geometry.arcs ?? []);
});
const borders = [];
for (const [arc, countries] of [...users].sort((a, b) => a[0] - b[0])) {
  if (countries.size < 2) continue;
  for (const piece of clipLine(arcs[arc], cover)) {
    const q = quantize(simplify(piece, tolerance));
    if (q.length >= 2 && !(q.length === 2 && same(q[0], q[1]))) borders.push(q);
  }
}

// 4. Country names: the inside point of the country's largest part (within the label box) that is
// farthest from that part's edges.
const labelArea = (labelBox[2] - labelBox[0]) * (labelBox[3] - labelBox[1]);
const countries = [];
for (const geometry of topo.objects.countries.geometries) {
  let best = null;
  for (const polygon of polygons(geometry)) {
    const outer = clipRing(polygon[0], labelBox);
    if (outer.length < 3) continue;
    const a = area(outer);
    if (!best || a > best.area) best = { area: a, ring: outer };
  }
  if (!best || best.area < MIN_LABEL_SHARE * labelArea) continue;
  const point = farthestInside(best.ring);
  if (point) countries.push({ name: geometry.properties.name, point, area: best.area });
}
countries.sort((a, b) => b.area - a.area || a.name.localeCompare(b.name));

function farthestInside(ring) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const steps = 60;
  let best = null;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!inside(p, ring)) continue;
      let d = Infinity;
      for (let k = 0; k < ring.length; k++) d = Math.min(d, distanceToSegment(p, ring[k], ring[(k + 1) % ring.length]));
      if (!best || d > best.d) best = { p, d };
    }
  }
  return best?.p;
}
function inside([x, y], ring) {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

// 5. Rust.
const pts = (line) => `&[${line.map(([x, y]) => `[${x},${y}]`).join(',')}]`;
const lines = (list) => list.map((l) => `        ${pts(l)},`).join('\n');
const count = (list) => list.reduce((n, l) => n + l.length, 0);
const storyName = path.relative(path.resolve(here, '../..'), storyDir);
const rust = `//! The locator map's outline. GENERATED by \`tools/basemap/basemap.mjs\` from the places of
//! \`${storyName}\`: do not edit by hand.
//!
//! Source: Natural Earth 1:50m Admin 0 countries and land, version 4.1.0, public domain
//! (https://www.naturalearthdata.com/about/terms-of-use/), as TopoJSON (${ATLAS_FILE}) in the npm
//! package world-atlas ${ATLAS_VERSION} (ISC licence, copyright 2013-2019 Michael Bostock).
//! Clipped to the box below, simplified (Douglas-Peucker, tolerance ${tolerance.toFixed(3)}°) and rounded to
//! 0.01°: ${land.length} land rings (${count(land)} points), ${borders.length} border lines (${count(borders)} points), ${countries.length} country names.
//! Regenerate with: \`cd tools/basemap && npm ci && node basemap.mjs ../../content/<story>\`.

use super::projection::Basemap;

#[rustfmt::skip]
pub static BASEMAP: Basemap = Basemap {
    bounds: [${cover.map((v) => Math.round(v * 100)).join(', ')}],
    land: &[
${lines(land)}
    ],
    borders: &[
${lines(borders)}
    ],
    countries: &[
${countries.map((c) => `        (${JSON.stringify(c.name)}, [${Math.round(c.point[0] * 100)},${Math.round(c.point[1] * 100)}]),`).join('\n')}
    ],
};
`;
writeFileSync(outFile, rust);
console.log(
  `${path.relative(process.cwd(), outFile)}: box ${cover.join(', ')}; tolerance ${tolerance.toFixed(3)}°; ` +
    `${land.length} land rings (${count(land)} points), ${borders.length} border lines (${count(borders)} points), ` +
    `${countries.length} country names; ${rust.length} bytes`,
);
