import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { can, FEATURE_MIN_TIER, type Feature } from "../../../worker/modules/membership/entitlements.ts";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import type { LiveLanguage, StarCheck, StarPart } from "../../api-client/live.ts";
import type { Tier, User } from "../../api-client/schemas.ts";
import { type MessageKey, useI18n, useT } from "../../i18n/index.tsx";
import type { FieldBinding } from "../../lib/form.ts";
import { formatDateTime, formatFen } from "../../lib/format.ts";
import type { LiveSocket, LiveSocketStatus } from "../../lib/live-socket.ts";
import { type SocketProblem, starParts } from "../../lib/live-state.ts";
import { tierInfos, tierLabelKey } from "../../lib/tiers.ts";
import { cardClass, MetaItem } from "../analysis.tsx";
import { Loading } from "../billing.tsx";
import { ConfirmDialog } from "../ConfirmDialog.tsx";
import { Alert, primaryButtonClass, SelectField, Spinner, secondaryButtonClass } from "../form.tsx";
import { Icon } from "../icons.tsx";

/** Building blocks shared by the mock-interview and meeting-assistant pages. */

/** `Date.now()`, re-rendered every `intervalMs` while `active`. */
export function useNow(active = true, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}

/** Milliseconds as "04:05" or "1:04:05". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** Time since `startedAt` (epoch ms), ticking. */
function ElapsedClock({ startedAt, running }: { startedAt: number | null; running: boolean }) {
  const t = useT();
  const now = useNow(running && startedAt !== null);
  const elapsed = startedAt === null ? 0 : now - startedAt;
  return (
    <p className="flex items-center gap-1.5 text-slate-600 text-sm" data-testid="live-elapsed">
      <span>{t("live.elapsed")}</span>
      <time className="font-semibold text-slate-900 tabular-nums" dateTime={`PT${Math.floor(elapsed / 1000)}S`}>
        {formatClock(elapsed)}
      </time>
    </p>
  );
}

const STATUS_STYLE: Record<LiveSocketStatus | "created" | "active", string> = {
  created: "bg-slate-100 text-slate-700 ring-slate-200",
  active: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  connecting: "bg-slate-100 text-slate-700 ring-slate-200",
  open: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  reconnecting: "bg-amber-50 text-amber-800 ring-amber-200",
  ended: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** A session's status in lists: not started, in progress, ended. */
export function LiveStatusBadge({ status }: { status: "created" | "active" | "ended" }) {
  const t = useT();
  return (
    <span
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${STATUS_STYLE[status]}`}
    >
      {t(`live.status.${status}`)}
    </span>
  );
}

/** The connection: a dot and a word, announced politely when it changes. */
function ConnectionBadge({ status }: { status: LiveSocketStatus }) {
  const t = useT();
  const dot =
    status === "open" ? "bg-emerald-500" : status === "reconnecting" ? "bg-amber-500 animate-pulse" : "bg-slate-400";
  return (
    <span
      role="status"
      data-testid="live-connection"
      data-connection={status}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${STATUS_STYLE[status]}`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      {t(`live.connection.${status}`)}
    </span>
  );
}

/**
 * A live session's facts: `children` first, then language, start, what it costs, status; `note` (a
 * longer text) on a line of its own.
 */
export function LiveMeta({
  testId,
  session,
  costLabel,
  cost,
  note,
  children,
}: {
  testId: string;
  session: { language: LiveLanguage; createdAt: string; status: "created" | "active" | "ended" };
  costLabel: string;
  cost: string;
  note?: { label: string; text: string };
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-3 text-sm" data-testid={testId}>
      {children}
      <MetaItem label={t("live.form.language")}>{t(`live.language.${session.language}`)}</MetaItem>
      <MetaItem label={t("job.meta.createdAt")}>
        <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, locale)}</time>
      </MetaItem>
      <MetaItem label={costLabel}>{cost}</MetaItem>
      <MetaItem label={t("job.meta.status")}>
        <LiveStatusBadge status={session.status} />
      </MetaItem>
      {note ? (
        <div className="basis-full">
          <dt className="text-slate-500">{note.label}</dt>
          <dd className="mt-0.5 whitespace-pre-wrap text-slate-900">{note.text}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * A card with its heading. `focus` given: the heading can take focus, and takes it when true (the card
 * replaced the room).
 */
export function CardSection({
  id,
  title,
  focus,
  children,
}: {
  id: string;
  title: string;
  focus?: boolean;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const focusable = focus !== undefined;
  return (
    <section aria-labelledby={id} className={cardClass}>
      <h2
        ref={heading}
        id={id}
        tabIndex={focusable ? -1 : undefined}
        className={`font-semibold text-lg text-slate-900${focusable ? " focus:outline-none" : ""}`}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

/** "连接已断开，正在重连…" with the seconds to the next attempt and a button to try now. */
export function ReconnectBanner({
  socket,
}: {
  socket: Pick<LiveSocket<never>, "status" | "retryAt" | "reconnectNow">;
}) {
  const t = useT();
  const now = useNow(socket.status === "reconnecting");
  if (socket.status !== "reconnecting") return null;
  const seconds = socket.retryAt === null ? 0 : Math.max(0, Math.ceil((socket.retryAt - now) / 1000));
  return (
    <div
      role="alert"
      data-testid="reconnect-banner"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900 text-sm"
    >
      <p className="flex items-center gap-2">
        <Spinner />
        <span>
          {t("live.reconnecting")}
          {seconds > 0 ? <span className="ml-1 text-amber-800">{t("live.reconnectIn", { n: seconds })}</span> : null}
        </span>
      </p>
      <button type="button" className="font-semibold underline" onClick={socket.reconnectNow}>
        {t("live.reconnectNow")}
      </button>
    </div>
  );
}

/** A small outline icon of one path (kept out of icons.tsx, which the landing page loads). */
export function OutlineIcon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true">
      <path strokeLinecap="round" strokeLinejoin="round" d={d} />
    </svg>
  );
}

/** A room before the server's first `state`: connecting, or the reconnect banner. */
export function RoomConnecting({ socket }: { socket: Pick<LiveSocket<never>, "status" | "retryAt" | "reconnectNow"> }) {
  return (
    <div className="space-y-4">
      <ReconnectBanner socket={socket} />
      {socket.status !== "reconnecting" ? <Loading /> : null}
    </div>
  );
}

/** Several attempts failed in a row, or the server closed for good: the page looks the session up again. */
export function useConnectionTrouble(
  socket: Pick<LiveSocket<never>, "status" | "failures">,
  onConnectionTrouble: () => void,
) {
  useEffect(() => {
    if (socket.failures >= 2 || socket.status === "ended") onConnectionTrouble();
  }, [socket.failures, socket.status, onConnectionTrouble]);
}

/** The bar atop a room: connection, elapsed time and the room's `facts`; `actions` beside; `children` below. */
export function RoomBar({
  status,
  startedAt,
  running,
  facts,
  actions,
  children,
}: {
  status: LiveSocketStatus;
  startedAt: number | null;
  running: boolean;
  facts?: ReactNode;
  actions: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className={`${cardClass} flex flex-wrap items-center justify-between gap-4`}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <ConnectionBadge status={status} />
        <ElapsedClock startedAt={startedAt} running={running} />
        {facts}
      </div>
      {actions}
      {children}
    </section>
  );
}

/** What the server refused or could not do (its `error` message), until dismissed. */
export function SocketProblemAlert({ problem, onDismiss }: { problem: SocketProblem | null; onDismiss: () => void }) {
  const t = useT();
  if (!problem) return null;
  return (
    <div
      className="flex items-start justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900 text-sm"
      role="alert"
      data-code={problem.code}
    >
      <p>{problem.message}</p>
      <button type="button" className="font-semibold underline" onClick={onDismiss}>
        {t("live.dismiss")}
      </button>
    </div>
  );
}

/** A microphone toggle (pressed while listening). */
export function MicButton({
  listening,
  onToggle,
  disabled,
  label,
}: {
  listening: boolean;
  onToggle: () => void;
  disabled?: boolean;
  label?: string;
}) {
  const t = useT();
  return (
    <button
      type="button"
      aria-pressed={listening}
      disabled={disabled}
      onClick={onToggle}
      data-testid="mic-button"
      className={`${listening ? "bg-red-600 text-white ring-red-600 hover:bg-red-500" : "bg-white text-slate-900 ring-slate-300 hover:bg-slate-50"} inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2.5 font-semibold text-sm shadow-sm ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60`}
    >
      <OutlineIcon d="M12 18.75a6 6 0 0 0 6-6v-1.5m-6 7.5a6 6 0 0 1-6-6v-1.5m6 7.5v3.75m-3.75 0h7.5M12 15.75a3 3 0 0 1-3-3V4.5a3 3 0 1 1 6 0v8.25a3 3 0 0 1-3 3Z" />
      {listening ? t("live.mic.stop") : (label ?? t("live.mic.start"))}
    </button>
  );
}

/** Why the microphone stopped, or that this browser has no speech recognition. */
export function MicNotice({
  supported,
  problem,
}: {
  supported: boolean;
  problem: "denied" | "noMic" | "failed" | null;
}) {
  const t = useT();
  return (
    <div className="mt-2">
      {!supported ? (
        <p className="text-slate-500 text-xs" data-testid="mic-unsupported">
          {t("live.mic.unsupported")}
        </p>
      ) : problem ? (
        <p role="alert" className="text-red-700 text-xs">
          {t(`live.mic.${problem}`)}
        </p>
      ) : null}
    </div>
  );
}

/** What is wrong with the text typed or sent, under its box. */
export function InputNotice({ notice }: { notice: string | null }) {
  if (!notice) return null;
  return (
    <p role="alert" className="mt-1.5 text-red-700 text-sm">
      {notice}
    </p>
  );
}

/**
 * The red "end" button and its confirmation, which sends `end` (or says that it could not: the socket is
 * not open); `onEnding` once it went out.
 */
export function EndButton({
  title,
  body,
  confirmLabel,
  socket,
  pending,
  onEnding,
}: {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  socket: { status: LiveSocketStatus; send: (message: { type: "end" }) => boolean };
  pending: boolean;
  onEnding: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`${secondaryButtonClass} text-red-700`}
        disabled={socket.status !== "open" || pending}
        aria-busy={pending || undefined}
        onClick={() => {
          setFailed(false);
          setOpen(true);
        }}
      >
        {pending ? <Spinner /> : null}
        {pending ? t("live.ending") : confirmLabel}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        body={body}
        confirmLabel={confirmLabel}
        tone="danger"
        testId="end-dialog"
        onConfirm={() => {
          if (socket.send({ type: "end" })) {
            onEnding();
            setOpen(false);
          } else setFailed(true);
        }}
        onClose={() => setOpen(false)}
      >
        {failed ? <Alert tone="error">{t("live.endOffline")}</Alert> : null}
      </ConfirmDialog>
    </>
  );
}

/** The language the session is held in (questions, suggestions, speech recognition). */
export function LanguageSelect({
  binding,
  value,
  onChange,
}: {
  binding: FieldBinding;
  value: LiveLanguage;
  onChange: (value: LiveLanguage) => void;
}) {
  const t = useT();
  return (
    <SelectField
      binding={binding}
      label={t("live.form.language")}
      hint={t("live.form.languageHint")}
      value={value}
      onChange={(v) => onChange(v === "en" ? "en" : "zh-CN")}
    >
      <option value="zh-CN">{t("live.language.zh-CN")}</option>
      <option value="en">{t("live.language.en")}</option>
    </SelectField>
  );
}

export const mayUse = (user: User, feature: Feature) =>
  can({ tier: user.tier, membershipEndsAt: user.membership ? new Date(user.membership.endsAt) : null }, feature);

/**
 * The feature needs a higher tier: which one, how to get there (recharge up to its threshold, or a
 * membership plan for the meeting assistant), with links to recharge and to the plans.
 */
export function TierGate({ user, feature }: { user: User; feature: "mockInterview" | "meetingAssistant" }) {
  const { t, locale } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  // Within the tiers the web knows (the premium ones are never a minimum).
  const needed = FEATURE_MIN_TIER[feature] as Tier;
  const threshold = config.data ? tierInfos(config.data).find((tier) => tier.code === needed) : undefined;
  const body: MessageKey = feature === "mockInterview" ? "live.gate.interview" : "live.gate.meeting";
  return (
    <div
      className="rounded-2xl bg-indigo-50 px-5 py-4 text-indigo-900 text-sm ring-1 ring-indigo-200 ring-inset"
      data-testid="tier-gate"
    >
      <p className="font-semibold text-base">
        {t("live.gate.title", { feature: t(`feature.${feature}`), tier: t(tierLabelKey(needed)) })}
      </p>
      <p className="mt-2">
        {t(body, {
          current: t(tierLabelKey(user.tier)),
          tier: t(tierLabelKey(needed)),
          amount: threshold ? formatFen(threshold.minFen, locale, 0) : "…",
        })}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link to="/app/recharge" className={primaryButtonClass}>
          {t("live.gate.recharge")}
        </Link>
        <Link to="/pricing" className={secondaryButtonClass}>
          {t("live.gate.plans")}
        </Link>
      </div>
    </div>
  );
}

/** The STAR rubric of one answer as four chips: present (✓) or missing (–), with the quoted evidence as a tooltip. */
export function StarChips({ star, parts }: { star: StarCheck | undefined; parts: readonly StarPart[] }) {
  const t = useT();
  if (!star) return null;
  return (
    <ul aria-label={t("live.star.label")} className="flex flex-wrap gap-2" data-testid="star-chips">
      {starParts(star, parts).map(({ part, present, evidence }) => (
        <li
          key={part}
          data-star={part}
          data-present={present}
          title={evidence ?? undefined}
          className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${
            present ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-slate-100 text-slate-500 ring-slate-200"
          }`}
        >
          <Icon name={present ? "check" : "minus"} className="size-3.5" />
          {t(`live.star.${part}`)}
          <span className="sr-only">{t(present ? "live.star.present" : "live.star.missing")}</span>
        </li>
      ))}
    </ul>
  );
}

const scoreStyle = (score: number) =>
  score >= 80
    ? "bg-emerald-50 text-emerald-700 ring-emerald-200"
    : score >= 60
      ? "bg-amber-50 text-amber-800 ring-amber-200"
      : "bg-red-50 text-red-700 ring-red-200";

/** "82 分" as a coloured pill. */
export function ScorePill({ score }: { score: number }) {
  const t = useT();
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-semibold text-sm tabular-nums ring-1 ring-inset ${scoreStyle(score)}`}
      data-testid="turn-score"
      data-score={score}
    >
      {t("live.score", { score })}
    </span>
  );
}
