/**
 * The offline engine of the meeting assistant (会议助手): deterministic, no network, no clock. It spots the
 * questions to answer, suggests answers grounded in the user's résumé and the meeting context, and sums
 * the meeting up with its action items. The résumé is read with the analysis engine's lexicon and parser.
 */
export { isQuestion } from "./questions";
export { type SuggestInput, suggestAnswer } from "./suggest";
export { type SummaryInput, summarizeMeeting } from "./summary";
