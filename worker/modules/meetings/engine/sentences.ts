/** Sentences of spoken text, with their end punctuation. */

export interface Sentence {
  text: string;
  /** Offset in the source. */
  start: number;
}

// "." ends a sentence only before a space or the end: "Node.js" and "e.g." stay whole.
const SENTENCE = /(?:[^。！？!?；;\n.]|\.(?=\S))+[。！？!?；;\n.]*/g;

export function sentences(s: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of s.matchAll(SENTENCE)) {
    const text = m[0].trim();
    if (text) out.push({ text, start: m.index + m[0].indexOf(text) });
  }
  return out;
}
