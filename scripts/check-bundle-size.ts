/**
 * Landing-page JS budget check. Run after `vite build`:
 *   tsx scripts/check-bundle-size.ts            (budget 150 kB gzipped, override with BUNDLE_BUDGET_KB)
 *
 * Counts the JS the landing page (`/`) loads before it can render:
 *  1. the entry script and every `<link rel="modulepreload">` of dist/client/index.html, and
 *  2. the lazily loaded route chunks for `/` (root, `_public` layout and the index route, with their
 *     static imports), found through Vite's client manifest dist/client/.vite/manifest.json.
 * Each file is gzipped with node:zlib (default level) and summed; exits 1 above the budget.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const clientDir = resolve(process.env.DIST_CLIENT ?? "dist/client");
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 150);
const KB = 1000; // same unit as Vite's build report

/** Manifest keys (source ids) of the code-split route modules that render `/`. */
const LANDING_ROUTE_SOURCES = [
  /^routes\/__root\.tsx(\?|$)/,
  /^routes\/_public\.tsx(\?|$)/,
  /^routes\/_public\/index\.tsx(\?|$)/,
];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function fail(message: string): never {
  console.error(`check-bundle-size: ${message}`);
  process.exit(1);
}

const htmlPath = join(clientDir, "index.html");
if (!existsSync(htmlPath)) fail(`${htmlPath} not found — run \`vite build\` first`);
const html = readFileSync(htmlPath, "utf8");

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, "i"))?.[1];
const toFile = (url: string) => url.replace(/^\//, "").replace(/[?#].*$/, "");

const initial = new Map<string, string>(); // file → why it is counted
for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
  const src = attr(tag, "src");
  if (src && /type\s*=\s*["']module["']/i.test(tag)) initial.set(toFile(src), "entry");
}
for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
  const href = attr(tag, "href");
  if (href && /rel\s*=\s*["']modulepreload["']/i.test(tag)) initial.set(toFile(href), "modulepreload");
}
if (![...initial.values()].includes("entry")) fail("no entry <script type=module> found in index.html");

const manifestPath = join(clientDir, ".vite", "manifest.json");
let routeChunks = 0;
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const addWithStaticImports = (key: string, why: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.set(chunk.file, why);
    for (const dep of chunk.imports ?? []) addWithStaticImports(dep, `${why} (import)`);
  };
  for (const key of Object.keys(manifest)) {
    if (LANDING_ROUTE_SOURCES.some((re) => re.test(key))) {
      routeChunks++;
      addWithStaticImports(key, `route ${key.replace(/\?.*$/, "")}`);
    }
  }
  if (routeChunks === 0) console.warn("check-bundle-size: warning: no landing route chunks found in the manifest");
} else {
  console.warn(`check-bundle-size: warning: ${manifestPath} missing; lazy landing route chunks are not counted`);
}

const rows: { file: string; why: string; raw: number; gzip: number }[] = [];
for (const [file, why] of initial) {
  if (!file.endsWith(".js")) continue;
  const path = join(clientDir, file);
  if (!existsSync(path)) fail(`${file} is referenced but missing from ${clientDir}`);
  const bytes = readFileSync(path);
  rows.push({ file, why, raw: bytes.length, gzip: gzipSync(bytes).length });
}
rows.sort((a, b) => b.gzip - a.gzip);

const total = rows.reduce((s, r) => s + r.gzip, 0);
const totalRaw = rows.reduce((s, r) => s + r.raw, 0);
const fmt = (n: number) => `${(n / KB).toFixed(2)} kB`;
const w = Math.max(...rows.map((r) => r.file.length), 4);
console.log(`Landing page initial JS (${clientDir})\n`);
console.log(`${"file".padEnd(w)}  ${"raw".padStart(11)}  ${"gzip".padStart(10)}  counted as`);
for (const r of rows)
  console.log(`${r.file.padEnd(w)}  ${fmt(r.raw).padStart(11)}  ${fmt(r.gzip).padStart(10)}  ${r.why}`);
console.log(`${"-".repeat(w + 38)}`);
console.log(
  `${"total".padEnd(w)}  ${fmt(totalRaw).padStart(11)}  ${fmt(total).padStart(10)}  budget ${budgetKb} kB gzipped`,
);

if (total > budgetKb * KB) fail(`landing initial JS is ${fmt(total)} gzipped, above the ${budgetKb} kB budget`);
console.log(`\nOK: ${fmt(total)} ≤ ${budgetKb} kB`);
