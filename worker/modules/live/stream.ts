import type { OfflineHandlers } from "../../lib/ai";

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * Cuts a text into the pieces the offline engine streams: a word (with its trailing space) or up to three
 * CJK characters at a time, so that the client sees output arrive the way a model's tokens would.
 */
export function* textChunks(text: string): Generator<string> {
  let buffer = "";
  for (const { segment } of segmenter.segment(text)) {
    buffer += segment;
    if (buffer.trim() && (/\s$/.test(buffer) || [...buffer].length >= 3)) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

/** The offline engine's stream: the text it was given, in chunks. */
export async function* offlineTextStream({ input }: { input: unknown }): AsyncGenerator<string> {
  const text = (input as { text?: unknown } | undefined)?.text;
  if (typeof text !== "string") throw new TypeError("offline stream: input.text must be a string");
  yield* textChunks(text);
}

/**
 * The offline engine of live sessions as the gateway sees it: the session computes its text (feedback, a
 * suggestion, a summary) with its own engine and the gateway streams or returns it, so that offline and model
 * output take the same path (ai_calls row, token messages).
 */
export const liveOfflineEngine: OfflineHandlers = {
  interview: { stream: offlineTextStream, version: "interview-engine@1" },
  meeting: { stream: offlineTextStream, generate: (input) => input, version: "meeting-engine@1" },
};
