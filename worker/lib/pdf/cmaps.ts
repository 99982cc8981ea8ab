import { PACKED_CMAPS } from "./cmap-data";

function fromBase64(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * PDF.js `BinaryDataFactory` that serves the bundled packed CMaps from memory (no network, no file system),
 * so text in non-embedded standard CJK fonts (STSong-Light + UniGB-UCS2-H, as iText and ReportLab write it)
 * comes out as Unicode. Anything else PDF.js asks for (standard font files, wasm) is refused: text
 * extraction does not need it.
 */
export class BundledBinaryDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind === "cMapUrl") {
      const name = filename.replace(/\.bcmap$/, "");
      const packed = Object.hasOwn(PACKED_CMAPS, name) ? PACKED_CMAPS[name] : undefined;
      if (packed) return fromBase64(packed);
    }
    throw new Error(`not bundled: ${kind} ${filename}`);
  }
}
