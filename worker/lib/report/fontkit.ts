// pdf-lib's `registerFontkit` expects the API of its own fontkit fork (@pdf-lib/fontkit, fontkit 1.x), whose
// TrueType subsetter drops outlines of many glyphs of CJK fonts such as Noto Sans SC: the text extracts but
// renders as blanks. fontkit 2 subsets them correctly; the one API difference pdf-lib meets is that a subset
// is written with `encode()` (bytes) instead of `encodeStream()` (a stream of chunks). This adapts it.

import * as fontkit from "fontkit";
import type { PDFDocument } from "pdf-lib";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

type StreamHandlers = { data?: (bytes: Uint8Array) => void; end?: () => void; error?: (error: unknown) => void };

function withEncodeStream<T extends fontkit.Subset>(subset: T) {
  return Object.assign(subset, {
    encodeStream() {
      const handlers: StreamHandlers = {};
      const stream = {
        on(event: keyof StreamHandlers, handler: StreamHandlers[keyof StreamHandlers]) {
          (handlers as Record<string, unknown>)[event] = handler;
          return stream;
        },
      };
      queueMicrotask(() => {
        try {
          handlers.data?.(subset.encode());
          handlers.end?.();
        } catch (error) {
          handlers.error?.(error);
        }
      });
      return stream;
    },
  });
}

/** fontkit 2, shaped as pdf-lib's fontkit. */
export const pdfLibFontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => withEncodeStream(createSubset());
    return font;
  },
} as unknown as Fontkit;
