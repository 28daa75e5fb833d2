/**
 * Builds the web page into dist/web: bundles src/web/client with esbuild, copies the static files, and projects the
 * world-atlas country shapes into SVG paths (equirectangular) so the map needs no tile server and no map library.
 * Runs as part of `npm run build` (and so of `npm install`); nothing it produces is committed.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(root, 'src/web/client/main.ts')],
  bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: false,
  outfile: join(out, 'app.js'), logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(root, 'src/web/static', f), join(out, f));

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
const fc = feature(topo, topo.objects.countries as GeometryCollection);
const W = 1000, H = 500;
const px = (lon: number) => (((lon + 180) / 360) * W).toFixed(1);
const py = (lat: number) => (((90 - lat) / 180) * H).toFixed(1);
const ring = (r: number[][]) => 'M' + r.map(([lon, lat]) => `${px(lon!)},${py(lat!)}`).join('L') + 'Z';
const paths: string[] = [];
for (const f of fc.features) {
  const g = f.geometry;
  if (!g) continue;
  if (g.type === 'Polygon') paths.push(g.coordinates.map(ring).join(''));
  else if (g.type === 'MultiPolygon') paths.push(g.coordinates.map((p) => p.map(ring).join('')).join(''));
}
writeFileSync(join(out, 'world.json'), JSON.stringify({ width: W, height: H, paths }));
console.log(`web: built ${out} (${paths.length} country shapes)`);
