import { Link } from "@tanstack/react-router";
import { type KeyboardEvent, useId, useLayoutEffect, useReducer, useRef, useState } from "react";
import {
  MeetingClientMessage,
  MeetingServerMessage,
  TRANSCRIPT_LINE_MAX_CHARS,
} from "../../../worker/modules/meetings/schemas.ts";
import type { EndReason, MeetingResult, MeetingSessionView, Speaker } from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLiveSocket } from "../../lib/live-socket.ts";
import { initialMeetingState, type MeetingBilling, meetingReducer } from "../../lib/live-state.ts";
import { useSpeechRecognition } from "../../lib/speech.ts";
import { cardClass } from "../analysis.tsx";
import { CopyButton } from "../billing.tsx";
import { Alert, inputClass, linkClass, primaryButtonClass, Spinner, secondaryButtonClass } from "../form.tsx";
import {
  EndButton,
  InputNotice,
  MicButton,
  MicNotice,
  ReconnectBanner,
  RoomBar,
  RoomConnecting,
  SocketProblemAlert,
  useConnectionTrouble,
} from "./common.tsx";

/** Interim (not yet final) dictation goes out at most this often. */
const INTERIM_EVERY_MS = 1500;

interface Queued {
  speaker: Speaker;
  text: string;
  at: number;
}

/**
 * The meeting-assistant room: the transcript (typed, pasted or dictated, marked 对方 / 我), push-to-ask,
 * suggested answers streaming in by their `ref`, the minutes/points meter with the low-balance warning,
 * a reconnect banner and the end button. Lines typed while the connection is down wait in an outbox and
 * go out after the next `state`.
 */
export function MeetingRoom({
  session,
  onEnded,
  onConnectionTrouble,
}: {
  session: MeetingSessionView;
  onEnded: (ended: { reason: EndReason; result: MeetingResult }) => void;
  onConnectionTrouble: () => void;
}) {
  const { t, locale } = useI18n();
  const [state, dispatch] = useReducer(meetingReducer, initialMeetingState);
  const [speaker, setSpeaker] = useState<Speaker>("other");
  const [draft, setDraft] = useState("");
  const [interim, setInterim] = useState("");
  const [outbox, setOutbox] = useState<Queued[]>([]);
  const [ending, setEnding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const inputId = useId();
  const outboxRef = useRef(outbox);
  outboxRef.current = outbox;
  const endedRef = useRef(onEnded);
  endedRef.current = onEnded;
  const lastInterim = useRef(0);

  const socket = useLiveSocket({
    path: session.wsPath,
    server: MeetingServerMessage,
    client: MeetingClientMessage,
    onMessage: (message) => {
      dispatch({ kind: "message", message });
      if (message.type === "state") {
        // Lines typed while disconnected: after the server's transcript.
        const queued = outboxRef.current;
        if (queued.length > 0) {
          const left: Queued[] = [];
          for (const line of queued) {
            if (socket.send({ type: "transcript", speaker: line.speaker, text: line.text, final: true }))
              dispatch({ kind: "said", speaker: line.speaker, text: line.text, at: line.at });
            else left.push(line);
          }
          setOutbox(left);
        }
      }
      if (message.type === "error" && message.code === "SESSION_ENDED") onConnectionTrouble();
      if (message.type === "ended") endedRef.current({ reason: message.reason, result: message.result });
    },
  });

  useConnectionTrouble(socket, onConnectionTrouble);

  const open = socket.status === "open";
  const language = state.language ?? session.language;

  /** A final line: sent now, or queued until the connection is back. */
  function say(who: Speaker, raw: string) {
    const text = raw.trim().slice(0, TRANSCRIPT_LINE_MAX_CHARS);
    if (!text) return;
    const at = Date.now();
    if (state.synced && socket.send({ type: "transcript", speaker: who, text, final: true }))
      dispatch({ kind: "said", speaker: who, text, at });
    else setOutbox((q) => [...q, { speaker: who, text, at }]);
  }

  const mic = useSpeechRecognition({
    lang: language,
    onInterim: (text) => {
      setInterim(text);
      const now = Date.now();
      if (text && open && now - lastInterim.current >= INTERIM_EVERY_MS) {
        lastInterim.current = now;
        socket.send({ type: "transcript", speaker, text: text.slice(0, TRANSCRIPT_LINE_MAX_CHARS), final: false });
      }
    },
    onFinal: (text) => say(speaker, text),
  });

  function submitDraft() {
    if (!draft.trim()) return;
    say(speaker, draft);
    setDraft("");
    setNotice(null);
  }

  function ask() {
    const text = draft.trim();
    if (!socket.send(text ? { type: "ask", text: text.slice(0, TRANSCRIPT_LINE_MAX_CHARS) } : { type: "ask" })) {
      setNotice(t("live.notConnected"));
      return;
    }
    setNotice(null);
    if (text) setDraft("");
  }

  async function paste() {
    try {
      const text = await navigator.clipboard.readText();
      if (text.trim()) setDraft((d) => (d ? `${d}\n${text}` : text).slice(0, TRANSCRIPT_LINE_MAX_CHARS));
    } catch {
      setNotice(t("meeting.pasteDenied"));
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter sends the line; Shift+Enter is a new line; not while an IME is composing (Chinese input).
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) ask();
      else submitDraft();
    }
  }

  // Keep the newest transcript line in view while the reader is at the bottom.
  const pane = useRef<HTMLOListElement>(null);
  const stick = useRef(true);
  const lineCount = state.transcript.length + outbox.length + (interim ? 1 : 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when lines are added
  useLayoutEffect(() => {
    const el = pane.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lineCount, interim]);

  if (!state.synced) return <RoomConnecting socket={socket} />;

  const suggestions = [...state.suggestions].reverse();
  const speakerLabel = (who: Speaker) => t(who === "me" ? "meeting.speaker.me" : "meeting.speaker.other");

  return (
    <div className="space-y-6" data-testid="meeting-room">
      <RoomBar
        status={socket.status}
        startedAt={state.startedAt}
        running={state.status !== "ended"}
        actions={
          <EndButton
            title={t("meeting.end.title")}
            body={<p>{t("meeting.end.body")}</p>}
            confirmLabel={t("meeting.end.confirm")}
            socket={socket}
            pending={ending}
            onEnding={() => {
              mic.stop();
              setEnding(true);
            }}
          />
        }
      >
        <Meter billing={state.billing} pointsPerMinute={state.pointsPerMinute ?? session.pointsPerMinute} />
      </RoomBar>

      <ReconnectBanner socket={socket} />
      {state.billing?.lowBalance ? (
        <Alert tone="warning" title={t("meeting.low.title")}>
          <p>
            {t("meeting.low.body", { n: formatNumber(state.billing.minutesLeft, locale) })}{" "}
            <Link to="/app/recharge" target="_blank" rel="noopener" className={linkClass}>
              {t("meeting.low.recharge")}
            </Link>
          </p>
        </Alert>
      ) : null}
      <SocketProblemAlert problem={state.error} onDismiss={() => dispatch({ kind: "dismissError" })} />

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={`${cardClass} flex flex-col`} aria-labelledby="transcript-title">
          <h2 id="transcript-title" className="font-semibold text-lg text-slate-900">
            {t("meeting.transcript")}
          </h2>
          <ol
            ref={pane}
            onScroll={(e) => {
              const el = e.currentTarget;
              stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
            }}
            className="mt-3 h-80 space-y-2 overflow-y-auto rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200 lg:h-[28rem]"
            data-testid="transcript"
            aria-live="polite"
          >
            {state.transcript.length === 0 && outbox.length === 0 && !interim ? (
              <li className="text-slate-500 text-sm">{t("meeting.transcript.empty")}</li>
            ) : null}
            {state.transcript.map((line) => (
              <TranscriptRow key={line.id} speaker={line.speaker} label={speakerLabel(line.speaker)} text={line.text} />
            ))}
            {outbox.map((line, i) => (
              <TranscriptRow
                // biome-ignore lint/suspicious/noArrayIndexKey: queued lines only grow at the end
                key={`q${i}`}
                speaker={line.speaker}
                label={speakerLabel(line.speaker)}
                text={line.text}
                note={t("meeting.transcript.queued")}
              />
            ))}
            {interim ? <TranscriptRow speaker={speaker} label={speakerLabel(speaker)} text={interim} interim /> : null}
          </ol>

          <fieldset className="mt-4">
            <legend className="font-medium text-slate-900 text-sm">{t("meeting.speaker")}</legend>
            <div className="mt-2 inline-flex rounded-lg bg-slate-100 p-1" data-testid="speaker-toggle">
              {(["other", "me"] as const).map((who) => (
                <label
                  key={who}
                  className={`cursor-pointer rounded-md px-3 py-1.5 font-medium text-sm has-focus-visible:outline-2 has-focus-visible:outline-indigo-600 ${speaker === who ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
                >
                  <input
                    type="radio"
                    name="speaker"
                    value={who}
                    checked={speaker === who}
                    onChange={() => setSpeaker(who)}
                    className="sr-only"
                  />
                  {speakerLabel(who)}
                </label>
              ))}
            </div>
          </fieldset>

          <div className="mt-3">
            <label htmlFor={inputId} className="sr-only">
              {t("meeting.input.label")}
            </label>
            <textarea
              id={inputId}
              rows={3}
              maxLength={TRANSCRIPT_LINE_MAX_CHARS}
              value={draft}
              placeholder={t("meeting.input.placeholder", { speaker: speakerLabel(speaker) })}
              onChange={(e) => {
                setNotice(null);
                setDraft(e.target.value);
              }}
              onKeyDown={onKeyDown}
              aria-describedby={`${inputId}-hint`}
              className={inputClass}
              data-testid="transcript-input"
            />
            <p id={`${inputId}-hint`} className="mt-1.5 text-slate-500 text-xs">
              {t("meeting.input.hint")}
            </p>
            <InputNotice notice={notice} />
            <div className="mt-3 flex flex-wrap items-center gap-2">
              <button type="button" className={secondaryButtonClass} disabled={!draft.trim()} onClick={submitDraft}>
                {t("meeting.input.send")}
              </button>
              {canPaste() ? (
                <button type="button" className={secondaryButtonClass} onClick={() => void paste()}>
                  {t("meeting.input.paste")}
                </button>
              ) : null}
              {mic.supported ? (
                <MicButton
                  listening={mic.listening}
                  onToggle={mic.toggle}
                  label={t("meeting.mic.start", { speaker: speakerLabel(speaker) })}
                />
              ) : null}
            </div>
            <MicNotice supported={mic.supported} problem={mic.problem} />
          </div>
        </section>

        <section className={`${cardClass} flex flex-col`} aria-labelledby="suggestions-title">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="suggestions-title" className="font-semibold text-lg text-slate-900">
              {t("meeting.suggestions")}
            </h2>
            <button
              type="button"
              className={primaryButtonClass}
              disabled={!open || ending}
              onClick={ask}
              data-testid="ask-button"
            >
              {t("meeting.ask")}
            </button>
          </div>
          <p className="mt-1 text-slate-500 text-xs">{t("meeting.ask.hint")}</p>
          <ol className="mt-3 space-y-3" data-testid="suggestions">
            {state.streaming.map((s) => (
              <li
                key={`streaming-${s.id}`}
                className="rounded-xl bg-indigo-50 p-4 ring-1 ring-indigo-200"
                aria-busy="true"
                data-testid="suggestion-streaming"
                data-ref={s.id}
              >
                {s.question ? <p className="text-indigo-900/70 text-xs">“{s.question}”</p> : null}
                <p className="mt-1 flex items-center gap-2 font-medium text-indigo-700 text-xs">
                  <Spinner className="size-3" /> {t("meeting.suggesting")}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-900 text-sm leading-6">{s.text}</p>
              </li>
            ))}
            {suggestions.map((s) => (
              <li key={s.id} className="rounded-xl bg-white p-4 ring-1 ring-slate-200" data-testid="suggestion">
                <div className="flex items-start justify-between gap-2">
                  {s.question ? <p className="text-slate-500 text-xs">“{s.question}”</p> : <span />}
                  <CopyButton value={s.text} field={t("meeting.suggestion")} />
                </div>
                <p className="mt-1 whitespace-pre-wrap text-slate-900 text-sm leading-6">{s.text}</p>
              </li>
            ))}
            {state.streaming.length === 0 && suggestions.length === 0 ? (
              <li className="text-slate-500 text-sm">{t("meeting.suggestions.empty")}</li>
            ) : null}
          </ol>
        </section>
      </div>
    </div>
  );
}

/** Clipboard reads need a secure context and a browser that offers them (Firefox does not to pages). */
const canPaste = () =>
  typeof navigator !== "undefined" && typeof (navigator.clipboard as Clipboard | undefined)?.readText === "function";

function TranscriptRow({
  speaker,
  label,
  text,
  interim,
  note,
}: {
  speaker: Speaker;
  label: string;
  text: string;
  interim?: boolean;
  note?: string;
}) {
  return (
    <li
      className={`flex gap-2 text-sm ${speaker === "me" ? "flex-row-reverse text-right" : ""}`}
      data-testid={interim ? "transcript-interim" : "transcript-line"}
      data-speaker={speaker}
    >
      <span
        className={`mt-0.5 shrink-0 rounded px-1.5 py-0.5 font-medium text-xs ${speaker === "me" ? "bg-indigo-100 text-indigo-800" : "bg-slate-200 text-slate-700"}`}
      >
        {label}
      </span>
      <span
        className={`min-w-0 whitespace-pre-wrap rounded-lg px-3 py-1.5 ${interim ? "text-slate-400 italic" : speaker === "me" ? "bg-indigo-600 text-white" : "bg-white text-slate-900 ring-1 ring-slate-200"}`}
      >
        {text}
        {note ? <span className="ml-2 text-xs opacity-70">({note})</span> : null}
      </span>
    </li>
  );
}

/** Minutes billed, points spent, balance and minutes left. */
function Meter({ billing, pointsPerMinute }: { billing: MeetingBilling | null; pointsPerMinute: number }) {
  const { t, locale } = useI18n();
  const items: [string, string, string][] = [
    ["minutes", t("meeting.meter.minutes"), formatNumber(billing?.minutesBilled ?? 0, locale)],
    ["spent", t("meeting.meter.spent"), formatNumber(billing?.pointsSpent ?? 0, locale)],
    ["balance", t("meeting.meter.balance"), billing ? formatNumber(billing.pointsBalance, locale) : "—"],
    ["left", t("meeting.meter.left"), billing ? formatNumber(billing.minutesLeft, locale) : "—"],
  ];
  return (
    <div className="w-full border-slate-100 border-t pt-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="meeting-meter">
        {items.map(([key, label, value]) => (
          <div key={key} data-meter={key} className={billing?.lowBalance && key === "left" ? "text-amber-700" : ""}>
            <dt className="text-slate-500 text-xs">{label}</dt>
            <dd className="mt-0.5 font-semibold text-lg tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-slate-500 text-xs">
        {t("meeting.meter.rate", { points: formatNumber(pointsPerMinute, locale) })}
      </p>
    </div>
  );
}
