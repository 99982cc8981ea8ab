import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type ReactNode, useEffect, useId, useState } from "react";
import { can, FEATURE_MIN_TIER, type Feature } from "../../../worker/modules/membership/entitlements.ts";
import type { ResumeSummary } from "../../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import type { LiveLanguage, StarCheck, StarPart } from "../../api-client/live.ts";
import type { Tier, User } from "../../api-client/schemas.ts";
import { type MessageKey, useI18n, useT } from "../../i18n/index.tsx";
import { formatFen } from "../../lib/format.ts";
import type { LiveSocket, LiveSocketStatus } from "../../lib/live-socket.ts";
import { starParts } from "../../lib/live-state.ts";
import { tierInfos, tierLabelKey } from "../../lib/tiers.ts";
import { ConfirmDialog } from "../ConfirmDialog.tsx";
import { Alert, inputClass, primaryButtonClass, Spinner, secondaryButtonClass } from "../form.tsx";
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
export function ElapsedClock({ startedAt, running }: { startedAt: number | null; running: boolean }) {
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
export function ConnectionBadge({ status }: { status: LiveSocketStatus }) {
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
      <svg
        viewBox="0 0 24 24"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        aria-hidden="true"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M12 18.75a6 6 0 0 0 6-6v-1.5m-6 7.5a6 6 0 0 1-6-6v-1.5m6 7.5v3.75m-3.75 0h7.5M12 15.75a3 3 0 0 1-3-3V4.5a3 3 0 1 1 6 0v8.25a3 3 0 0 1-3 3Z"
        />
      </svg>
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
  if (!supported)
    return (
      <p className="text-slate-500 text-xs" data-testid="mic-unsupported">
        {t("live.mic.unsupported")}
      </p>
    );
  if (!problem) return null;
  return (
    <p role="alert" className="text-red-700 text-xs">
      {t(`live.mic.${problem}`)}
    </p>
  );
}

/** The red "end" button and its confirmation. */
export function EndButton({
  title,
  body,
  confirmLabel,
  disabled,
  pending,
  onConfirm,
}: {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  disabled?: boolean;
  pending: boolean;
  onConfirm: () => boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`${secondaryButtonClass} text-red-700`}
        disabled={disabled || pending}
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
          if (onConfirm()) setOpen(false);
          else setFailed(true);
        }}
        onClose={() => setOpen(false)}
      >
        {failed ? <Alert tone="error">{t("live.endOffline")}</Alert> : null}
      </ConfirmDialog>
    </>
  );
}

/** A radio button drawn as a selectable card (like the recharge page's). */
export function ChoiceCard({
  name,
  checked,
  onSelect,
  label,
  description,
}: {
  name: string;
  checked: boolean;
  onSelect: () => void;
  label: string;
  description?: ReactNode;
}) {
  const id = useId();
  return (
    <div
      className={`relative flex rounded-xl p-4 ring-1 ring-inset transition-colors has-focus-visible:ring-2 has-focus-visible:ring-indigo-600 ${
        checked ? "bg-indigo-50 ring-2 ring-indigo-600" : "bg-white ring-slate-300 hover:bg-slate-50"
      }`}
    >
      <input
        id={id}
        type="radio"
        name={name}
        checked={checked}
        onChange={onSelect}
        aria-describedby={description ? `${id}-description` : undefined}
        className="relative z-10 mt-0.5 size-4 shrink-0 accent-indigo-600"
      />
      <div className="ml-3 min-w-0">
        <label htmlFor={id} className="font-semibold text-slate-900 after:absolute after:inset-0 after:content-['']">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="mt-0.5 text-slate-600 text-sm">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A labelled select among the user's résumés with a first option of the caller's choosing ("none" / "latest"). */
export function LiveResumeSelect({
  id,
  value,
  onChange,
  resumes,
  loading,
  emptyLabel,
  hint,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  resumes: readonly ResumeSummary[];
  loading: boolean;
  emptyLabel: string;
  hint?: ReactNode;
}) {
  const t = useT();
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900 text-sm">
        {t("job.form.resume")}
        <span className="ml-1 font-normal text-slate-500">{t("form.optional")}</span>
      </label>
      <select
        id={id}
        name="resumeId"
        value={value}
        disabled={loading}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`mt-2 ${inputClass}`}
      >
        <option value="">{loading ? t("common.loading") : emptyLabel}</option>
        {resumes.map((r) => (
          <option key={r.id} value={r.id}>
            {r.filename}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1.5 text-slate-500 text-sm">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The language the session is held in (questions, suggestions, speech recognition). */
export function LanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: LiveLanguage;
  onChange: (value: LiveLanguage) => void;
}) {
  const t = useT();
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900 text-sm">
        {t("live.form.language")}
      </label>
      <select
        id={id}
        name="language"
        value={value}
        onChange={(e) => onChange(e.target.value === "en" ? "en" : "zh-CN")}
        aria-describedby={`${id}-hint`}
        className={`mt-2 ${inputClass}`}
      >
        <option value="zh-CN">{t("live.language.zh-CN")}</option>
        <option value="en">{t("live.language.en")}</option>
      </select>
      <p id={`${id}-hint`} className="mt-1.5 text-slate-500 text-sm">
        {t("live.form.languageHint")}
      </p>
    </div>
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
