import { describe, expect, it } from "vitest";
import { AppError } from "../../worker/lib/errors";
import { extractPdf } from "../../worker/lib/pdf/extract";
import { countObjects, hasPdfMagic, looksEncrypted, preflight } from "../../worker/lib/pdf/preflight";
import { segmentSections } from "../../worker/modules/resumes/sections";
import { EN_EXPECTED, type FixtureName, ZH_EXPECTED } from "../fixtures/resumes/content";
import { fixture } from "./context";

const ZH_GENERATORS: [FixtureName, string][] = [
  ["pdflib-zh", "pdf-lib + fontkit, embedded CJK subset (Identity-H + ToUnicode)"],
  ["pdfkit-zh", "pdfkit, embedded CJK subset, its own line breaking"],
  ["chromium-zh", "Chromium print to PDF"],
  ["stsong-zh", "iText style: non-embedded STSong-Light, UniGB-UCS2-H"],
  ["reportlab-zh", "ReportLab UnicodeCIDFont STSong-Light"],
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error("did not fail");
}

describe("extractPdf in workerd", () => {
  for (const [name, generator] of ZH_GENERATORS) {
    it(`gives searchable Chinese from ${generator}`, async () => {
      const { text, pages, truncated } = await extractPdf(fixture(name));
      expect(pages).toBe(1);
      expect(truncated).toBe(false);
      for (const expected of ZH_EXPECTED) expect(text).toContain(expected);
      // No glyph noise: no private-use, replacement or control characters, no full-width ASCII letters.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none
      expect(text).not.toMatch(/[\uE000-\uF8FF\uFFFD\u0000-\u0008\uFF21-\uFF5A]/u);
      const kinds = segmentSections(text).map((s) => s.kind);
      expect(kinds).toEqual(["contact", "education", "experience", "projects", "skills", "awards", "summary"]);
    });
  }

  for (const name of ["pdfkit-en", "chromium-en"] as const) {
    it(`gives English text from ${name} (wrapped sentence joined, letter-spaced headings read as words)`, async () => {
      const { text } = await extractPdf(fixture(name));
      for (const expected of EN_EXPECTED) expect(text).toContain(expected);
      expect(text).toContain("John Smith");
      expect(segmentSections(text).map((s) => s.kind)).toEqual([
        "contact",
        "summary",
        "experience",
        "education",
        "skills",
      ]);
    });
  }

  it("reads 20 pages and drops page numbers", async () => {
    const { pages, text } = await extractPdf(fixture("pages-20"));
    expect(pages).toBe(20);
    expect(text.split("负责前端性能优化，首屏时间降低 40%")).toHaveLength(21);
    expect(text).not.toMatch(/^\d+ \/ 20$/m);
  });

  it("caps the text it keeps", async () => {
    const { text, truncated } = await extractPdf(fixture("pages-20"), { maxChars: 2000 });
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2000);
  });

  it("refuses what it cannot use, with the API's codes", async () => {
    expect(await codeOf(extractPdf(new TextEncoder().encode("PK\u0003\u0004 a zip")))).toBe("NOT_A_PDF");
    expect(await codeOf(extractPdf(fixture("encrypted")))).toBe("PDF_ENCRYPTED");
    expect(await codeOf(extractPdf(fixture("corrupt")))).toBe("PDF_UNREADABLE");
    expect(await codeOf(extractPdf(fixture("pages-21")))).toBe("TOO_MANY_PAGES");
    expect(await codeOf(extractPdf(fixture("image-only")))).toBe("PDF_NO_TEXT");
    expect(await codeOf(extractPdf(fixture("pages-5"), { maxPages: 4 }))).toBe("TOO_MANY_PAGES");
  });

  it("gives up on a page that takes longer than its time budget", async () => {
    expect(await codeOf(extractPdf(fixture("pages-20"), { pageTimeMs: 0.001, totalTimeMs: 1 }))).toBe("PDF_UNREADABLE");
  });
});

describe("preflight", () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it("finds the header within the first KiB only", () => {
    expect(hasPdfMagic(enc("%PDF-1.7\n"))).toBe(true);
    expect(hasPdfMagic(enc(`${" ".repeat(500)}%PDF-1.4`))).toBe(true);
    expect(hasPdfMagic(enc(`${" ".repeat(2000)}%PDF-1.4`))).toBe(false);
    expect(hasPdfMagic(enc("%PDF"))).toBe(false);
  });

  it("sees /Encrypt in trailers and xref streams", () => {
    expect(looksEncrypted("trailer << /Size 5 /Encrypt 4 0 R >>")).toBe(true);
    expect(looksEncrypted("<< /Type /XRef /Encrypt << /Filter /Standard >> >>")).toBe(true);
    expect(looksEncrypted("(How to Encrypt files) Tj")).toBe(false);
  });

  it("counts objects, including those packed in object streams", () => {
    expect(countObjects("1 0 obj\n<<>>\nendobj\n2 0 obj\n<< /Type /ObjStm /N 120 /First 900 >>\nendobj")).toBe(122);
  });

  it("refuses absurd object counts and Flate bombs as PDF_UNREADABLE (too_complex)", async () => {
    const objects = Array.from({ length: 50_001 }, (_, i) => `${i + 1} 0 obj null endobj`).join("\n");
    const tooMany = await preflight(enc(`%PDF-1.7\n${objects}`)).catch((e: AppError) => e);
    expect(tooMany).toMatchObject({ code: "PDF_UNREADABLE", details: { reason: "too_complex" } });

    // 80 MB of zeros deflates to ~80 KB: a content stream built to exhaust memory when decoded.
    const zeros = new Blob([new Uint8Array(80 * 1024 * 1024)]).stream().pipeThrough(new CompressionStream("deflate"));
    const bomb = new Uint8Array(await new Response(zeros).arrayBuffer());
    const head = enc(`%PDF-1.7\n4 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`);
    const tail = enc("\nendstream\nendobj\n");
    const file = new Uint8Array(head.length + bomb.length + tail.length);
    file.set(head);
    file.set(bomb, head.length);
    file.set(tail, head.length + bomb.length);
    const refused = await preflight(file).catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "PDF_UNREADABLE", details: { reason: "too_complex" } });
  });
});
