// Résumé PDFs for the upload/extraction tests and the extraction benchmark, made by several real generators.
//
// At test time (test/global-setup-resumes.ts → generateFixtures()), in Node:
//   - pdf-lib + @pdf-lib/fontkit, embedding a subset of a CJK TrueType font (Identity-H + ToUnicode);
//   - pdfkit with the same font (its own line breaking), and pdfkit with the standard Helvetica (English);
//   - a hand-written PDF in the style of iText/OpenPDF: non-embedded STSong-Light, UniGB-UCS2-H encoding;
//   - error cases: 21 pages, an image-only page, an /Encrypt dictionary, a corrupt file.
// Committed under test/fixtures/resumes/ (small; regenerate with `npx tsx scripts/generate-resume-fixtures.ts`):
//   - cjk-subset.ttf: the subset of WenQuanYi Micro Hei (Debian fonts-wqy-microhei; Apache-2.0) the fixtures use;
//   - chromium-zh.pdf, chromium-en.pdf: Chromium "print to PDF" (page.pdf) of an HTML résumé using that font;
//   - reportlab-zh.pdf: ReportLab (Debian python3-reportlab) with its built-in STSong-Light CID font.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";
import type PDFKitType from "pdfkit";
import {
  type Block,
  EN_RESUME,
  type FixtureName,
  fixtureCharacters,
  ZH_RESUME,
} from "../test/fixtures/resumes/content";

// The CommonJS build: it carries the standard fonts' metrics (the ESM build wants them registered by hand).
const PDFKit = createRequire(import.meta.url)("pdfkit") as typeof PDFKitType;

const FIXTURE_DIR = new URL("../test/fixtures/resumes/", import.meta.url);
const SYSTEM_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const TEXT_WIDTH = A4[0] - 2 * MARGIN;

const blockText = (block: Block) => ("h" in block ? block.h : "p" in block ? block.p : `• ${block.b}`);

// ---------------------------------------------------------------------------------------------- pdf-lib

/** Greedy wrap: CJK breaks anywhere, Latin words stay whole. */
function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const tokens = text.match(/[A-Za-z0-9.%+\-@_:/'",()]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line !== "" && measure(line + token.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

async function pdfLibResume(blocks: Block[], pages: number, font: "cjk" | "helvetica"): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setProducer("pdf-lib");
  const regular: PDFFont =
    font === "cjk"
      ? await doc.embedFont(readFileSync(new URL("cjk-subset.ttf", FIXTURE_DIR)), { subset: true })
      : await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 0; n < pages; n++) {
    const page = doc.addPage(A4);
    let y = A4[1] - MARGIN;
    for (const block of blocks) {
      const size = "h" in block ? 14 : 10.5;
      for (const line of wrap(blockText(block), TEXT_WIDTH, (s) => regular.widthOfTextAtSize(s, size))) {
        page.drawText(line, { x: MARGIN, y, size, font: regular, color: rgb(0.1, 0.1, 0.1) });
        y -= size * 1.5;
      }
      if ("h" in block) y -= 4;
    }
    page.drawText(`${n + 1} / ${pages}`, { x: A4[0] / 2, y: 30, size: 8, font: regular });
  }
  return doc.save();
}

// ---------------------------------------------------------------------------------------------- pdfkit

function pdfKitResume(blocks: Block[], font: "cjk" | "helvetica"): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ size: "A4", margin: MARGIN, info: { Producer: "pdfkit", Title: "Résumé" } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    if (font === "cjk") doc.registerFont("cjk", readFileSync(new URL("cjk-subset.ttf", FIXTURE_DIR)));
    doc.font(font === "cjk" ? "cjk" : "Helvetica");
    for (const block of blocks) {
      if ("h" in block) doc.moveDown(0.5).fontSize(14).text(block.h, { width: TEXT_WIDTH });
      else if ("p" in block) doc.fontSize(10.5).text(block.p, { width: TEXT_WIDTH, lineGap: 3 });
      else doc.fontSize(10.5).text(`• ${block.b}`, { width: TEXT_WIDTH, lineGap: 3, indent: 0 });
    }
    doc.end();
  });
}

// ------------------------------------------------------------------------------------ hand-written PDFs

/** Serialises numbered objects (1..n) with a correct xref table. `trailerExtra` goes into the trailer. */
export function rawPdf(objects: (string | Uint8Array)[], trailerExtra = ""): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = [enc.encode(`${i + 1} 0 obj\n`), typeof body === "string" ? enc.encode(body) : body];
    chunk.push(enc.encode("\nendobj\n"));
    for (const c of chunk) {
      parts.push(c);
      offset += c.length;
    }
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>`,
    "startxref",
    String(offset),
    "%%EOF\n",
  ].join("\n");
  parts.push(enc.encode(xref));
  return new Uint8Array(Buffer.concat(parts));
}

const stream = (dict: string, data: string | Uint8Array) => {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`),
      Buffer.from(bytes),
      Buffer.from("\nendstream"),
    ]),
  );
};

/** UCS-2 big-endian hex of BMP text, as written for a UniGB-UCS2-H font. */
const ucs2Hex = (text: string) =>
  [...text].map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, "0")).join("");

/** iText/OpenPDF style: Type0 STSong-Light, UniGB-UCS2-H, font not embedded. */
function stSongResume(blocks: Block[]): Uint8Array {
  const lines: { text: string; size: number }[] = [];
  for (const block of blocks) {
    const size = "h" in block ? 14 : 10.5;
    // ASCII is half width (CID 1-95 are proportional, given 500 below), CJK full width.
    const measure = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? 0.5 : 1), 0) * size;
    for (const line of wrap(blockText(block), TEXT_WIDTH, measure)) lines.push({ text: line, size });
  }
  let y = A4[1] - MARGIN;
  const ops = lines.map(({ text, size }) => {
    const op = `BT /F1 ${size} Tf 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm <${ucs2Hex(text)}> Tj ET`;
    y -= size * 1.5;
    return op;
  });
  return rawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4[0]} ${A4[1]}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    stream("", ops.join("\n")),
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ]);
}

/** A minimal 8-bit greyscale PNG. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x * y) % 256;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

async function imageOnly(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png(64, 64));
  const page = doc.addPage(A4);
  page.drawImage(image, { x: MARGIN, y: 300, width: TEXT_WIDTH, height: TEXT_WIDTH });
  return doc.save();
}

function encrypted(): Uint8Array {
  const hex32 = "a".repeat(64);
  return rawPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      stream("", "\x8f\x12\x99\x01 scrambled"),
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -44 >>`,
    ],
    `/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `,
  );
}

function corrupt(): Uint8Array {
  const garbage = new Uint8Array(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
  return new Uint8Array(
    Buffer.concat([Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n"), Buffer.from(garbage)]),
  );
}

// ---------------------------------------------------------------------------------------------- all

/** Every fixture, generated now or read from the committed files. */
export async function generateFixtures(): Promise<Record<FixtureName, Uint8Array>> {
  const committed = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURE_DIR)));
  return {
    "pdflib-zh": await pdfLibResume(ZH_RESUME, 1, "cjk"),
    "pdfkit-zh": await pdfKitResume(ZH_RESUME, "cjk"),
    "pdfkit-en": await pdfKitResume(EN_RESUME, "helvetica"),
    "stsong-zh": stSongResume(ZH_RESUME),
    "reportlab-zh": committed("reportlab-zh.pdf"),
    "chromium-zh": committed("chromium-zh.pdf"),
    "chromium-en": committed("chromium-en.pdf"),
    "pages-5": await pdfLibResume(ZH_RESUME, 5, "cjk"),
    "pages-20": await pdfLibResume(ZH_RESUME, 20, "cjk"),
    "pages-21": await pdfLibResume(EN_RESUME, 21, "helvetica"),
    "image-only": await imageOnly(),
    encrypted: encrypted(),
    corrupt: corrupt(),
  };
}

// ----------------------------------------------------------------------------- committed fixtures (CLI)

/** The first face of a TrueType collection as a standalone .ttf (tables copied, offsets rewritten). */
function firstFaceOfCollection(ttc: Buffer): Buffer {
  if (ttc.toString("latin1", 0, 4) !== "ttcf") return ttc;
  const face = ttc.readUInt32BE(12);
  const numTables = ttc.readUInt16BE(face + 4);
  const header = Buffer.from(ttc.subarray(face, face + 12 + 16 * numTables));
  const tables: Buffer[] = [];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    const start = header.readUInt32BE(record + 8);
    const length = header.readUInt32BE(record + 12);
    const data = Buffer.alloc(Math.ceil(length / 4) * 4);
    ttc.copy(data, 0, start, start + length);
    header.writeUInt32BE(offset, record + 8);
    tables.push(data);
    offset += data.length;
  }
  return Buffer.concat([header, ...tables]);
}

async function writeSubsetFont() {
  // @ts-expect-error subset-font ships no types
  const { default: subsetFont } = await import("subset-font");
  const font = firstFaceOfCollection(readFileSync(SYSTEM_CJK_FONT));
  const subset: Buffer = await subsetFont(font, fixtureCharacters(), { targetFormat: "truetype" });
  writeFileSync(new URL("cjk-subset.ttf", FIXTURE_DIR), subset);
  return subset;
}

function resumeHtml(blocks: Block[], fontBase64: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = blocks
    .map((block) =>
      "h" in block
        ? `<h2>${esc(block.h)}</h2>`
        : "p" in block
          ? `<p>${esc(block.p)}</p>`
          : `<ul><li>${esc(block.b)}</li></ul>`,
    )
    .join("\n");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: FixtureCJK; src: url(data:font/ttf;base64,${fontBase64}) format("truetype"); }
body { font-family: FixtureCJK, sans-serif; font-size: 10.5pt; width: 150mm; line-height: 1.5; }
h2 { font-size: 14pt; margin: 10pt 0 4pt; letter-spacing: 0.2em; border-bottom: 1px solid #999; }
p, ul { margin: 2pt 0; }
</style></head><body>${body}</body></html>`;
}

async function writeChromium(fontBase64: string) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    for (const [name, blocks] of [
      ["chromium-zh.pdf", ZH_RESUME],
      ["chromium-en.pdf", EN_RESUME],
    ] as const) {
      const page = await browser.newPage();
      await page.setContent(resumeHtml(blocks, fontBase64), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      writeFileSync(new URL(name, FIXTURE_DIR), await page.pdf({ format: "A4", printBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

function writeReportLab() {
  const lines = ZH_RESUME.map(blockText);
  const script = `
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(sys.argv[1], pagesize=A4, invariant=1)
y = A4[1] - 56
for line in json.loads(sys.argv[2]):
    for part in simpleSplit(line, "STSong-Light", 10.5, A4[0] - 112):
        c.setFont("STSong-Light", 10.5)
        c.drawString(56, y, part)
        y -= 16
c.save()
`;
  execFileSync("/usr/bin/python3", [
    "-c",
    script,
    fileURLToPath(new URL("reportlab-zh.pdf", FIXTURE_DIR)),
    JSON.stringify(lines),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const font = await writeSubsetFont();
  await writeChromium(Buffer.from(font).toString("base64"));
  writeReportLab();
  for (const name of ["cjk-subset.ttf", "chromium-zh.pdf", "chromium-en.pdf", "reportlab-zh.pdf"]) {
    console.log(name, readFileSync(new URL(name, FIXTURE_DIR)).length, "bytes");
  }
}
