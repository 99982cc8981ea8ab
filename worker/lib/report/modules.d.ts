// Binary files bundled as Data modules (wrangler's and the Cloudflare Vite plugin's rule for `*.bin`).
declare module "*.bin" {
  const data: ArrayBuffer;
  export default data;
}

// fontkit 2 (no bundled types; @types/fontkit would pull Node's types into the Worker build). Only what
// worker/lib/report/fontkit.ts touches is typed here; pdf-lib uses the font object as its own fontkit type.
declare module "fontkit" {
  export interface Subset {
    includeGlyph(glyph: number | { id: number }): number;
    encode(): Uint8Array;
  }
  export interface Font {
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
