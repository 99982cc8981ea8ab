// Cheap checks on the raw bytes, before PDF.js sees the file: is it a PDF, is it encrypted, and is it
// built to exhaust the parser (absurd object counts, compressed streams that inflate to gigabytes).
// Runtime-neutral (Workers and Node): TextDecoder and DecompressionStream only.

import { AppError } from "../errors";

export const PDF_LIMITS = {
  /** `%PDF-` must appear within the first KiB (as Acrobat accepts it). */
  headerWindow: 1024,
  /** Indirect objects (top-level plus those packed in object streams). A 20-page résumé has a few thousand. */
  maxObjects: 50_000,
  /** Total inflated size of the non-image Flate streams (content, fonts, object streams, metadata). */
  maxInflatedBytes: 64 * 1024 * 1024,
  /** Streams inspected at most; more than this is treated as an absurd object count. */
  maxStreams: 20_000,
} as const;

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function hasPdfMagic(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - MAGIC.length, PDF_LIMITS.headerWindow);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < MAGIC.length; j++) if (bytes[i + j] !== MAGIC[j]) continue outer;
    return true;
  }
  return false;
}

/** One JS char per byte (offsets line up with the bytes); windows-1252 is a single-byte decoder. */
export function latin1(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes);
}

/** An `/Encrypt` entry in a trailer or cross-reference stream dictionary. */
export function looksEncrypted(raw: string): boolean {
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R\b|<<)/.test(raw);
}

/** Top-level `N G obj` headers plus the `/N` counts of object streams. */
export function countObjects(raw: string): number {
  let count = 0;
  const header = /\d+\s+\d+\s+obj\b/g;
  while (header.exec(raw)) count++;
  const objStm = /\/Type\s*\/ObjStm\b/g;
  for (let m = objStm.exec(raw); m; m = objStm.exec(raw)) {
    const dict = raw.slice(Math.max(0, m.index - 300), m.index + 300);
    const n = /\/N\s+(\d+)/.exec(dict);
    if (n) count += Number(n[1]);
  }
  return count;
}

interface StreamSpan {
  start: number;
  end: number;
}

/** Flate-compressed streams that are not images (PDF.js never decodes images to extract text). */
function flateStreams(raw: string): StreamSpan[] {
  const spans: StreamSpan[] = [];
  const keyword = /stream\r?\n/g;
  for (let m = keyword.exec(raw); m; m = keyword.exec(raw)) {
    if (raw.slice(m.index - 3, m.index) === "end") continue;
    const dictStart = raw.lastIndexOf("obj", m.index);
    const dict = raw.slice(Math.max(dictStart, m.index - 2048), m.index);
    const start = m.index + m[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let end = length ? start + Number(length[1]) : -1;
    if (end < start || end > raw.length || raw.slice(end, end + 12).indexOf("endstream") < 0) {
      end = raw.indexOf("endstream", start);
      if (end < 0) break;
    }
    keyword.lastIndex = end;
    if (!/\/(?:FlateDecode|Fl)\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    spans.push({ start, end });
    if (spans.length > PDF_LIMITS.maxStreams) break;
  }
  return spans;
}

/** Inflates `data`, counting output bytes without keeping them; stops once `budget` is exceeded. */
async function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate"));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > budget) break;
    }
  } catch {
    // Broken or truncated streams are common and harmless here: PDF.js tolerates them too.
  } finally {
    reader.cancel().catch(() => {});
  }
  return total;
}

/** Sum of the inflated sizes of the non-image Flate streams, stopping past `PDF_LIMITS.maxInflatedBytes`. */
export async function inflatedTotal(bytes: Uint8Array, raw: string): Promise<number> {
  let total = 0;
  for (const span of flateStreams(raw)) {
    total += await inflatedSize(bytes.subarray(span.start, span.end), PDF_LIMITS.maxInflatedBytes - total);
    if (total > PDF_LIMITS.maxInflatedBytes) break;
  }
  return total;
}

export interface Preflight {
  objects: number;
  inflatedBytes: number;
}

/**
 * `400 NOT_A_PDF`, `400 PDF_ENCRYPTED` or `400 PDF_UNREADABLE` (details.reason `too_complex`) before any
 * real parsing. Size limits are the caller's (the upload route checks them while reading the body).
 */
export async function preflight(bytes: Uint8Array): Promise<Preflight> {
  if (!hasPdfMagic(bytes)) throw new AppError("NOT_A_PDF");
  const raw = latin1(bytes);
  if (looksEncrypted(raw)) throw new AppError("PDF_ENCRYPTED");
  const objects = countObjects(raw);
  if (objects > PDF_LIMITS.maxObjects) {
    throw new AppError("PDF_UNREADABLE", { details: { reason: "too_complex", objects } });
  }
  const inflatedBytes = await inflatedTotal(bytes, raw);
  if (inflatedBytes > PDF_LIMITS.maxInflatedBytes) {
    throw new AppError("PDF_UNREADABLE", { details: { reason: "too_complex", inflatedBytes } });
  }
  return { objects, inflatedBytes };
}
