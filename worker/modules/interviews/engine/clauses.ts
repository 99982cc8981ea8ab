/**
 * An answer cut into clauses with their offsets, so that evidence can be quoted verbatim. Sentences end
 * at 。！？!?；; line breaks and a full stop before a space; clauses also end at commas (not inside
 * numbers such as 1,000). Chinese answers string S, T, A and R together with commas, hence clauses.
 * Speech-to-text often leaves out punctuation: a long stretch is further cut before connectives
 * (然后, 最后, "and then"…), which open the next step of a story.
 */

export interface Clause {
  /** Trimmed text: answer.slice(start, end). */
  text: string;
  start: number;
  end: number;
  sentence: number;
}

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,：:]/;
/** Longer than this, a clause is probably unpunctuated speech. */
const LONG_CLAUSE = 40;
const CONNECTIVE =
  /(?:首先|其次|然后|接着|随后|最后|最终|结果|所以|但是|不过|于是|后来|因此|我负责|我的任务|目标是|\s(?:and then|then|so|but|after that|finally|as a result|eventually|I was responsible|my (?:task|goal|job) was)\b)/gi;

/** Cuts before each connective that is not at the very start. */
function cutLong(text: string, start: number, sentence: number): Clause[] {
  const cuts = [0];
  for (const m of text.matchAll(CONNECTIVE)) if (m.index > 0) cuts.push(m.index);
  cuts.push(text.length);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const raw = text.slice(cuts[i], cuts[i + 1]);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece)
      out.push({ text: piece, start: start + cuts[i]! + lead, end: start + cuts[i]! + lead + piece.length, sentence });
  }
  return out;
}

export function splitClauses(answer: string): Clause[] {
  const out: Clause[] = [];
  let sentence = 0;
  let from = 0;
  const push = (end: number) => {
    const raw = answer.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
    const start = from + lead;
    if (text.length > LONG_CLAUSE) out.push(...cutLong(text, start, sentence));
    else out.push({ text, start, end: start + text.length, sentence });
  };
  for (let i = 0; i < answer.length; i++) {
    const c = answer[i]!;
    const next = answer[i + 1];
    const endsSentence = SENTENCE_END.test(c) || (c === "." && (next === undefined || /\s/.test(next)));
    const endsClause = CLAUSE_END.test(c) && !(/\d/.test(answer[i - 1] ?? "") && /\d/.test(next ?? ""));
    if (!endsSentence && !endsClause) continue;
    push(i);
    from = i + 1;
    if (endsSentence) sentence++;
  }
  push(answer.length);
  return out;
}
