// Résumé extraction benchmark: time and peak heap per page for 1-, 5- and 20-page Chinese résumés (pdf-lib with an
// embedded CJK subset, the same layout on every page) and the 1-page résumés of the other generators.
// Runs worker/lib/pdf/extract.ts (runtime-neutral: unpdf's serverless PDF.js, WebCrypto, Web Streams) in Node.
//
//   npx tsx scripts/bench-extraction.ts            # prints a Markdown table
//   import { benchExtraction } from "./bench-extraction"   # the same table as a string
//
// Heap is sampled every millisecond while extraction runs (PDF.js yields between time slots), after a GC when
// Node runs with --expose-gc; "peak heap" is the highest sample minus the heap before the run.
import os from "node:os";
import { fileURLToPath } from "node:url";
import type { FixtureName } from "../test/fixtures/resumes/content";
import { extractPdf } from "../worker/lib/pdf/extract";
import { generateFixtures } from "./generate-resume-fixtures";

const RUNS = Number(process.env.BENCH_EXTRACTION_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function measure(bytes: Uint8Array) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  const started = performance.now();
  const result = await extractPdf(bytes);
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { elapsed, pages: result.pages, chars: result.text.length, peakDelta: peak - before };
}

export async function benchExtraction(): Promise<string> {
  const fixtures = await generateFixtures();
  const cases: [FixtureName, string][] = [
    ["pdflib-zh", "zh, pdf-lib + CJK subset, 1 page"],
    ["pages-5", "zh, pdf-lib + CJK subset, 5 pages"],
    ["pages-20", "zh, pdf-lib + CJK subset, 20 pages"],
    ["chromium-zh", "zh, Chromium print to PDF, 1 page"],
    ["stsong-zh", "zh, STSong-Light (non-embedded, CMaps), 1 page"],
    ["pdfkit-en", "en, pdfkit Helvetica, 1 page"],
  ];
  await extractPdf(fixtures["pdflib-zh"]); // load and compile PDF.js once, as a warm isolate would have
  const rows: string[] = [];
  for (const [name, label] of cases) {
    const bytes = fixtures[name];
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(bytes));
    const first = runs[0] as Awaited<ReturnType<typeof measure>>;
    const total = median(runs.map((r) => r.elapsed));
    rows.push(
      `| ${label} | ${(bytes.length / 1024).toFixed(0)} KB | ${first.pages} | ${first.chars} | ${total.toFixed(1)} | ${(total / first.pages).toFixed(1)} | ${mb(median(runs.map((r) => r.peakDelta)))} | ${mb(Math.max(...runs.map((r) => r.peakDelta)))} |`,
    );
  }
  return [
    `### Résumé text extraction (Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}, median of ${RUNS} runs)`,
    "",
    "| résumé | size | pages | chars | total ms | ms/page | peak heap MB (median) | peak heap MB (max) |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "Includes the preflight (magic, /Encrypt, object count, inflating every non-image Flate stream to check the budget), PDF.js parsing, line building and normalisation; not section segmentation (< 1 ms).",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await benchExtraction());
}
