import { type KeyboardEvent, useCallback, useEffect, useId, useReducer, useRef, useState } from "react";
import {
  ANSWER_MAX_CHARS,
  InterviewClientMessage,
  InterviewServerMessage,
  STAR_PARTS,
} from "../../../worker/modules/interviews/schemas.ts";
import type { EndReason, InterviewResult, InterviewSessionView, InterviewTurn } from "../../api-client/live.ts";
import { useI18n, useT } from "../../i18n/index.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLiveSocket } from "../../lib/live-socket.ts";
import { answeredCount, initialInterviewState, interviewReducer } from "../../lib/live-state.ts";
import { speak, speechSynthesisSupported, stopSpeaking, useSpeechRecognition } from "../../lib/speech.ts";
import { cardClass, Pill } from "../analysis.tsx";
import { Alert, inputClass, primaryButtonClass, Spinner } from "../form.tsx";
import {
  EndButton,
  InputNotice,
  MicButton,
  MicNotice,
  OutlineIcon,
  ReconnectBanner,
  RoomBar,
  RoomConnecting,
  ScorePill,
  SocketProblemAlert,
  StarChips,
  useConnectionTrouble,
  useNow,
} from "./common.tsx";

/** Warn this long before the idle deadline. */
const IDLE_WARNING_MS = 60_000;
const READ_ALOUD_KEY = "zm_read_aloud";
const draftKey = (id: string) => `zm_interview_draft_${id}`;

function readStored(key: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
function writeStored(key: string, value: string) {
  try {
    if (value) globalThis.sessionStorage?.setItem(key, value);
    else globalThis.sessionStorage?.removeItem(key);
  } catch {
    // storage unavailable: the draft just is not kept across reloads
  }
}

/** Appends dictated text to the answer: a space between English words, nothing between Chinese phrases. */
export function appendDictation(draft: string, text: string, language: string): string {
  if (!draft || /\s$/.test(draft)) return draft + text;
  return draft + (language.startsWith("zh") ? "" : " ") + text;
}

/**
 * The mock-interview room while the session runs: the current question (read aloud on request), the
 * answer box with dictation, feedback streaming in after each answer, the scored turns with their STAR
 * check, progress, elapsed time, the idle warning, a reconnect banner and the end button. Redrawn from
 * the server's `state` on every (re)connect. `onEnded`: the session ended (with its result).
 */
export function InterviewRoom({
  session,
  onEnded,
  onConnectionTrouble,
}: {
  session: InterviewSessionView;
  onEnded: (ended: { reason: EndReason; result: InterviewResult }) => void;
  /** Several attempts failed in a row: the page may look the session up again (it may have ended). */
  onConnectionTrouble: () => void;
}) {
  const { t, locale } = useI18n();
  const [state, dispatch] = useReducer(interviewReducer, initialInterviewState);
  const [draft, setDraftState] = useState(() => readStored(draftKey(session.id)) ?? "");
  const [interim, setInterim] = useState("");
  const [ending, setEnding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [readAloud, setReadAloud] = useState(() => {
    try {
      return globalThis.localStorage?.getItem(READ_ALOUD_KEY) === "1";
    } catch {
      return false;
    }
  });
  const answerId = useId();
  const answerBox = useRef<HTMLTextAreaElement>(null);
  const lastAnswer = useRef<string | null>(null);
  const endedRef = useRef(onEnded);
  endedRef.current = onEnded;

  const setDraft = useCallback(
    (update: string | ((previous: string) => string)) =>
      setDraftState((previous) => {
        const next = typeof update === "function" ? update(previous) : update;
        writeStored(draftKey(session.id), next);
        return next;
      }),
    [session.id],
  );

  const socket = useLiveSocket({
    path: session.wsPath,
    server: InterviewServerMessage,
    client: InterviewClientMessage,
    onMessage: (message) => {
      if (message.type === "error" && lastAnswer.current !== null && !state.feedback && state.phase === "assessing") {
        // The answer was refused before it was assessed: give it back.
        const refused = lastAnswer.current;
        setDraft((d) => (d ? d : refused));
      }
      if (message.type === "error" && message.code === "SESSION_ENDED") onConnectionTrouble();
      if (message.type === "feedback" || message.type === "question") lastAnswer.current = null;
      dispatch({ kind: "message", message });
      // An ended session answers `state` and then `ended` (with the reason).
      if (message.type === "ended") endedRef.current({ reason: message.reason, result: message.result });
    },
  });

  useConnectionTrouble(socket, onConnectionTrouble);

  const language = state.language ?? session.language;
  const mic = useSpeechRecognition({
    lang: language,
    onInterim: setInterim,
    onFinal: (text) => setDraft((d) => appendDictation(d, text, language)),
  });

  // Read each new question aloud when asked to.
  const question = state.question;
  const spoken = useRef<string | null>(null);
  useEffect(() => {
    if (!question || !readAloud) return;
    const key = `${question.index}:${question.followUp}:${question.text}`;
    if (spoken.current === key) return;
    spoken.current = key;
    speak(question.text, language);
  }, [question, readAloud, language]);
  useEffect(() => stopSpeaking, []);

  const open = socket.status === "open";
  const asking = state.synced && state.phase === "asking" && question !== null;
  const canAnswer = asking && open && !ending;

  function submit() {
    const text = draft.trim();
    if (!text) {
      setNotice(t("interview.answer.empty"));
      answerBox.current?.focus();
      return;
    }
    if (!canAnswer) return;
    if (!socket.send({ type: "answer", text: text.slice(0, ANSWER_MAX_CHARS) })) {
      setNotice(t("live.notConnected"));
      return;
    }
    mic.stop();
    setNotice(null);
    lastAnswer.current = text;
    dispatch({ kind: "answered", text });
    setDraft("");
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  }

  function toggleReadAloud() {
    const next = !readAloud;
    setReadAloud(next);
    try {
      globalThis.localStorage?.setItem(READ_ALOUD_KEY, next ? "1" : "0");
    } catch {
      // not kept
    }
    if (next && question) {
      spoken.current = `${question.index}:${question.followUp}:${question.text}`;
      speak(question.text, language);
    } else stopSpeaking();
  }

  if (!state.synced) return <RoomConnecting socket={socket} />;

  const total = state.total || session.questionCount;
  const answered = Math.min(total, answeredCount(state.turns));
  const percent = total > 0 ? Math.round((answered / total) * 100) : 0;
  const turns = [...state.turns].reverse();

  return (
    <div className="space-y-6" data-testid="interview-room" data-phase={state.phase}>
      <RoomBar
        status={socket.status}
        startedAt={state.startedAt}
        running={state.status !== "ended"}
        facts={
          <p className="text-slate-600 text-sm">
            {t("interview.progress", { n: formatNumber(answered, locale), total: formatNumber(total, locale) })}
          </p>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            {speechSynthesisSupported() ? (
              <button
                type="button"
                aria-pressed={readAloud}
                onClick={toggleReadAloud}
                className={`inline-flex items-center gap-2 rounded-lg px-3 py-2 font-medium text-sm ring-1 ring-inset ${readAloud ? "bg-indigo-50 text-indigo-700 ring-indigo-300" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
                data-testid="read-aloud"
              >
                <OutlineIcon d="M19.114 5.636a9 9 0 0 1 0 12.728M16.463 8.288a5.25 5.25 0 0 1 0 7.424M6.75 8.25l4.72-4.72a.75.75 0 0 1 1.28.53v15.88a.75.75 0 0 1-1.28.53l-4.72-4.72H4.51c-.88 0-1.704-.507-1.938-1.354A9.009 9.009 0 0 1 2.25 12c0-.83.112-1.633.322-2.396C2.806 8.756 3.63 8.25 4.51 8.25H6.75Z" />
                {t("interview.readAloud")}
              </button>
            ) : null}
            <EndButton
              title={t("interview.end.title")}
              body={<p>{t(answered > 0 ? "interview.end.body" : "interview.end.bodyNone")}</p>}
              confirmLabel={t("interview.end.confirm")}
              socket={socket}
              pending={ending}
              onEnding={() => {
                mic.stop();
                setEnding(true);
              }}
            />
          </div>
        }
      >
        <div
          role="progressbar"
          aria-label={t("interview.progressLabel")}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answered}
          aria-valuetext={t("interview.progress", { n: answered, total })}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
          data-testid="interview-progress"
        >
          <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      </RoomBar>

      <ReconnectBanner socket={socket} />
      <IdleWarning deadline={state.idleDeadline} active={state.phase === "asking"} />
      <SocketProblemAlert problem={state.error} onDismiss={() => dispatch({ kind: "dismissError" })} />

      <section className={cardClass} aria-labelledby="current-question" data-testid="current-question">
        {question ? (
          <>
            <div className="flex flex-wrap items-center gap-2">
              <p className="font-medium text-indigo-700 text-sm" data-testid="question-number">
                {t("interview.questionOf", {
                  n: formatNumber(Math.min(question.index + 1, total), locale),
                  total: formatNumber(total, locale),
                })}
              </p>
              {question.followUp ? (
                <Pill className="bg-amber-50 text-amber-800 ring-amber-200" testId="follow-up">
                  {t("interview.followUp")}
                </Pill>
              ) : null}
            </div>
            <h2
              id="current-question"
              className="mt-2 whitespace-pre-wrap font-semibold text-lg text-slate-900 leading-8"
              aria-live="polite"
              data-testid="question-text"
            >
              {question.text}
            </h2>
          </>
        ) : (
          <h2 id="current-question" className="flex items-center gap-2 text-slate-600">
            <Spinner /> {t("interview.preparing")}
          </h2>
        )}

        {state.phase === "assessing" && state.feedback === null ? (
          <p className="mt-5 flex items-center gap-2 text-slate-600 text-sm" role="status">
            <Spinner className="size-3.5" /> {t("interview.preparingNext")}
          </p>
        ) : state.phase === "assessing" ? (
          <div className="mt-5 space-y-4">
            {state.answer ? (
              <div>
                <p className="text-slate-500 text-xs">{t("interview.yourAnswer")}</p>
                <p className="mt-1 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-slate-800 text-sm ring-1 ring-slate-200">
                  {state.answer}
                </p>
              </div>
            ) : null}
            <div aria-busy="true" data-testid="feedback-stream">
              <p className="flex items-center gap-2 font-medium text-indigo-700 text-sm">
                <Spinner className="size-3.5" /> {t("interview.assessing")}
              </p>
              {state.feedback ? (
                <p className="mt-2 whitespace-pre-wrap text-slate-800 text-sm leading-6" data-testid="feedback-text">
                  {state.feedback}
                </p>
              ) : null}
            </div>
          </div>
        ) : question ? (
          <div className="mt-5">
            <label htmlFor={answerId} className="block font-medium text-slate-900 text-sm">
              {t("interview.answer.label")}
            </label>
            <textarea
              ref={answerBox}
              id={answerId}
              rows={7}
              maxLength={ANSWER_MAX_CHARS}
              value={draft}
              disabled={ending}
              placeholder={t("interview.answer.placeholder")}
              onChange={(e) => {
                setNotice(null);
                setDraft(e.target.value);
              }}
              onKeyDown={onKeyDown}
              aria-describedby={`${answerId}-hint`}
              className={`mt-2 ${inputClass}`}
              data-testid="answer-box"
            />
            {interim ? (
              <p className="mt-1.5 text-slate-500 text-sm italic" aria-live="polite" data-testid="interim">
                {interim}
              </p>
            ) : null}
            <p id={`${answerId}-hint`} className="mt-1.5 flex justify-between gap-3 text-slate-500 text-xs">
              <span>{t("interview.answer.hint")}</span>
              <span className="tabular-nums">
                {draft.length.toLocaleString(locale)} / {ANSWER_MAX_CHARS.toLocaleString(locale)}
              </span>
            </p>
            <InputNotice notice={notice} />
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <button type="button" className={primaryButtonClass} disabled={!canAnswer} onClick={submit}>
                {t("interview.answer.submit")}
              </button>
              {mic.supported ? (
                <MicButton listening={mic.listening} onToggle={mic.toggle} disabled={!canAnswer && !mic.listening} />
              ) : null}
            </div>
            <MicNotice supported={mic.supported} problem={mic.problem} />
          </div>
        ) : null}
      </section>

      {turns.length > 0 ? (
        <section aria-labelledby="turns-title">
          <h2 id="turns-title" className="font-semibold text-lg text-slate-900">
            {t("interview.turns")}
          </h2>
          <ol className="mt-3 space-y-4" data-testid="turns">
            {turns.map((turn) => (
              <TurnCard key={`${turn.index}:${turn.followUp}`} turn={turn} total={total} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function IdleWarning({ deadline, active }: { deadline: number | null; active: boolean }) {
  const t = useT();
  const now = useNow(deadline !== null && active);
  if (deadline === null || !active) return null;
  const left = deadline - now;
  if (left > IDLE_WARNING_MS || left <= 0) return null;
  return (
    <Alert tone="warning" title={t("live.idle.title")}>
      {t("interview.idle.body", { n: Math.ceil(left / 1000) })}
    </Alert>
  );
}

/** One answered turn: question, answer, score, STAR check, feedback. */
export function TurnCard({ turn, total }: { turn: InterviewTurn; total: number }) {
  const { t, locale } = useI18n();
  return (
    <li className={cardClass} data-testid="turn" data-index={turn.index} data-follow-up={turn.followUp}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-500 text-sm">
            {t("interview.questionOf", {
              n: formatNumber(Math.min(turn.index + 1, total), locale),
              total: formatNumber(total, locale),
            })}
          </span>
          {turn.followUp ? (
            <Pill className="bg-amber-50 text-amber-800 ring-amber-200">{t("interview.followUp")}</Pill>
          ) : null}
        </div>
        <ScorePill score={turn.score} />
      </div>
      <h3 className="mt-2 whitespace-pre-wrap font-semibold text-slate-900">{turn.question}</h3>
      <details className="mt-2">
        <summary className="cursor-pointer text-indigo-600 text-sm hover:text-indigo-500">
          {t("interview.showAnswer")}
        </summary>
        <p className="mt-2 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-slate-800 text-sm ring-1 ring-slate-200">
          {turn.answer}
        </p>
      </details>
      <div className="mt-3">
        <StarChips star={turn.star} parts={STAR_PARTS} />
      </div>
      <p className="mt-3 whitespace-pre-wrap text-slate-700 text-sm leading-6" data-testid="turn-feedback">
        {turn.feedback}
      </p>
    </li>
  );
}
