import type { UseQueryResult } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";
import { type DiagnosisResult, isJobOpen, type Job, type ResumeSummary } from "../api-client/analysis.ts";
import { useI18n, useT } from "../i18n/index.tsx";
import { formatDelta, JOB_STAGES, stageIndex, useResumeNames } from "../lib/analysis.ts";
import type { FieldBinding } from "../lib/form.ts";
import { formatDateTime, formatNumber } from "../lib/format.ts";
import { isShortOfPoints } from "../lib/paid-create.ts";
import { QueryBody } from "./billing.tsx";
import { Alert, linkClass, SelectField, Spinner, SubmitButton } from "./form.tsx";
import { Icon } from "./icons.tsx";

/** Building blocks of the résumé, diagnosis, interview-prep and live-session pages and their forms. */

export const cardClass = "rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

const STATUS_STYLE: Record<Job["status"], string> = {
  queued: "bg-slate-100 text-slate-700 ring-slate-200",
  running: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  succeeded: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  failed: "bg-red-50 text-red-700 ring-red-200",
};

export function JobStatusBadge({ status }: { status: Job["status"] }) {
  const t = useT();
  return (
    <span
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${STATUS_STYLE[status]}`}
    >
      {t(`job.status.${status}`)}
    </span>
  );
}

/** A job's or live session's data once loaded; "not found" or the load error (with a retry) otherwise. */
export function JobQueryBody<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  return (
    <QueryBody
      query={query}
      notFound={
        <Alert tone="warning" title={t("job.notFound.title")}>
          {t("job.notFound.body")}
        </Alert>
      }
      errorMessage={(message) => t("job.loadError", { message })}
    >
      {children}
    </QueryBody>
  );
}

/** A dashed box for "nothing here yet", with an optional action. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-2xl border border-slate-300 border-dashed bg-white p-8 text-center text-slate-600">
      <p>{children}</p>
      {action ? <div className="mt-4 flex justify-center">{action}</div> : null}
    </div>
  );
}

/**
 * The stages of a queued or running job as a list of steps (done ✓, current with a spinner, to do).
 * The current stage is announced politely as it changes.
 */
export function JobProgress({ job }: { job: Job }) {
  const t = useT();
  const current = stageIndex(job);
  const stages = JOB_STAGES.filter((s) => s !== "done");
  return (
    <section className={cardClass} aria-labelledby="job-progress-title" data-testid="job-progress">
      <h2 id="job-progress-title" className="font-semibold text-lg text-slate-900">
        {t(job.kind === "diagnosis" ? "job.progress.diagnosis" : "job.progress.prep")}
      </h2>
      <p className="mt-1 text-slate-600 text-sm">{t("job.progress.hint")}</p>
      <p role="status" className="sr-only">
        {t(`job.stage.${job.stage}`)}
      </p>
      <ol className="mt-5 space-y-3">
        {stages.map((stage, i) => {
          const state = i < current ? "done" : i === current ? "current" : "todo";
          return (
            <li
              key={stage}
              className="flex items-center gap-3"
              data-stage={stage}
              data-state={state}
              aria-current={state === "current" ? "step" : undefined}
            >
              <span
                aria-hidden="true"
                className={`flex size-7 shrink-0 items-center justify-center rounded-full ring-1 ring-inset ${
                  state === "done"
                    ? "bg-emerald-600 text-white ring-emerald-600"
                    : state === "current"
                      ? "bg-indigo-50 text-indigo-600 ring-indigo-300"
                      : "bg-white text-slate-400 ring-slate-300"
                }`}
              >
                {state === "done" ? (
                  <Icon name="check" className="size-4" />
                ) : state === "current" ? (
                  <Spinner className="size-3.5" />
                ) : (
                  <span className="text-xs">{i + 1}</span>
                )}
              </span>
              <span className={state === "todo" ? "text-slate-500" : "font-medium text-slate-900"}>
                {t(`job.stage.${stage}`)}
                <span className="sr-only"> · {t(`job.stepState.${state}`)}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A failed job: the server's message and that the held points were returned. */
export function JobFailed({ job }: { job: Job }) {
  const { t, locale } = useI18n();
  return (
    <div className="space-y-4" data-testid="job-failed">
      <Alert tone="error" title={t("job.failed.title")}>
        <p>{job.error?.message ?? t("job.failed.unknown")}</p>
        <p className="mt-2">
          {job.pointsCost > 0
            ? t("job.failed.refunded", { points: formatNumber(job.pointsCost, locale) })
            : t("job.failed.noCharge")}
        </p>
      </Alert>
      {job.kind === "diagnosis" ? (
        <Link to="/app/diagnoses/new" search={{ resumeId: job.resumeId }} className={linkClass}>
          {t("job.failed.retry")}
        </Link>
      ) : (
        <Link to="/app/interview-preps/new" search={{ resumeId: job.resumeId }} className={linkClass}>
          {t("job.failed.retry")}
        </Link>
      )}
    </div>
  );
}

/** One fact of a page's meta list (`<dl>`). */
export function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}

/** Résumé, target role, time, cost, status. */
export function JobMeta({ job }: { job: Job }) {
  const { t, locale } = useI18n();
  const { names } = useResumeNames();
  const filename = names.get(job.resumeId);
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-3 text-sm" data-testid="job-meta">
      <MetaItem label={t("job.meta.resume")}>
        {filename ? (
          <Link to="/app/resumes/$resumeId" params={{ resumeId: job.resumeId }} className={linkClass}>
            {filename}
          </Link>
        ) : (
          t("job.meta.resumeDeleted")
        )}
      </MetaItem>
      <MetaItem label={t("job.meta.targetRole")}>{job.targetRole ?? t("job.meta.noTargetRole")}</MetaItem>
      <MetaItem label={t("job.meta.createdAt")}>
        <time dateTime={job.createdAt}>{formatDateTime(job.createdAt, locale)}</time>
      </MetaItem>
      <MetaItem label={t("job.meta.cost")}>
        {t("job.cost.points", { points: formatNumber(job.pointsCost, locale) })}
      </MetaItem>
      <MetaItem label={t("job.meta.status")}>
        <JobStatusBadge status={job.status} />
      </MetaItem>
    </dl>
  );
}

/**
 * What a job costs (`perMinute`: a meeting's price a minute, with the minutes the balance pays for) and
 * the balance it is paid from; a recharge link when the balance is short.
 */
export function CostNotice({
  id,
  cost,
  balance,
  perMinute = false,
  hint,
}: {
  id?: string;
  cost: number | null;
  balance: number;
  perMinute?: boolean;
  hint?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const short = cost !== null && balance < cost;
  const minutes = perMinute && cost ? Math.floor(balance / cost) : null;
  const points = formatNumber(cost ?? 0, locale);
  const [label, price, priceTestId] = perMinute
    ? [t("meetings.form.price"), t("meetings.perMinute", { points }), "meeting-price"]
    : [t("job.cost.label"), t("job.cost.points", { points }), "job-cost"];
  return (
    <div
      id={id}
      className={`rounded-xl px-4 py-3 text-sm ring-1 ring-inset ${short ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-slate-50 text-slate-700 ring-slate-200"}`}
      data-testid="cost-notice"
    >
      <p>
        {cost === null ? (
          t("job.cost.loading")
        ) : (
          <>
            {label}{" "}
            <span className="font-semibold text-slate-900" data-testid={priceTestId}>
              {price}
            </span>
          </>
        )}
        <span aria-hidden="true"> · </span>
        {t("job.cost.balance")}{" "}
        <span className="font-semibold text-slate-900" data-testid="job-balance">
          {formatNumber(balance, locale)}
        </span>
        {minutes !== null && !short ? (
          <>
            <span aria-hidden="true"> · </span>
            {t("meetings.form.minutesLeft", { n: formatNumber(minutes, locale) })}
          </>
        ) : null}
      </p>
      {hint ? <p className="mt-1 text-slate-600">{hint}</p> : null}
      {short ? (
        <p className="mt-1">
          {t("job.cost.short")}{" "}
          <Link to="/app/recharge" className={linkClass}>
            {t("job.cost.recharge")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/**
 * The end of a form that spends points: why the last attempt failed (short of points: with a link to
 * recharge) and the submit button, still pending once created while the page changes.
 */
export function PaidSubmit({
  mutation,
  formError,
  pendingLabel,
  children,
}: {
  mutation: { error: Error | null; isPending: boolean; isSuccess: boolean };
  formError: string | null;
  pendingLabel: string;
  children: ReactNode;
}) {
  const t = useT();
  const { error } = mutation;
  return (
    <>
      {isShortOfPoints(error) ? (
        <Alert tone="error" title={t("job.form.shortTitle")}>
          <p>{error.message}</p>
          <p className="mt-2">
            <Link to="/app/recharge" className={linkClass}>
              {t("job.cost.recharge")}
            </Link>
          </p>
        </Alert>
      ) : formError ? (
        <Alert tone="error" title={t("job.form.failed")}>
          {formError}
        </Alert>
      ) : null}
      <SubmitButton
        pending={mutation.isPending || mutation.isSuccess}
        pendingLabel={pendingLabel}
        className="w-full sm:w-auto"
      >
        {children}
      </SubmitButton>
    </>
  );
}

/** Select among the user's résumés (newest first); the first, empty option reads `placeholder`. */
export function ResumeSelect({
  binding,
  resumes,
  value,
  onChange,
  placeholder,
  loading = false,
  optional,
  hint,
}: {
  binding: FieldBinding;
  resumes: readonly ResumeSummary[];
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  loading?: boolean;
  optional?: boolean;
  hint?: ReactNode;
}) {
  const t = useT();
  return (
    <SelectField
      binding={binding}
      label={t("job.form.resume")}
      optional={optional}
      hint={hint}
      value={value}
      onChange={onChange}
      disabled={loading}
    >
      <option value="">{loading ? t("common.loading") : placeholder}</option>
      {resumes.map((r) => (
        <option key={r.id} value={r.id}>
          {r.filename}
        </option>
      ))}
    </SelectField>
  );
}

const bandColor = (score: number) =>
  score >= 80 ? "text-emerald-600" : score >= 60 ? "text-amber-500" : "text-red-500";

/** Overall score as a ring with the number in the middle. */
export function ScoreDial({ score }: { score: number }) {
  const t = useT();
  const r = 52;
  const circumference = 2 * Math.PI * r;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * circumference;
  return (
    <div className="relative size-36 shrink-0">
      <svg viewBox="0 0 120 120" className="size-36 -rotate-90" aria-hidden="true" focusable="false">
        <circle cx="60" cy="60" r={r} fill="none" strokeWidth="10" className="stroke-slate-100" />
        <circle
          cx="60"
          cy="60"
          r={r}
          fill="none"
          strokeWidth="10"
          strokeLinecap="round"
          stroke="currentColor"
          strokeDasharray={`${filled} ${circumference}`}
          className={bandColor(score)}
        />
      </svg>
      <p className="absolute inset-0 flex flex-col items-center justify-center">
        <span className="sr-only">{t("diagnosis.score")}</span>
        <span className="font-bold text-4xl text-slate-900 tabular-nums" data-testid="diagnosis-score">
          {score}
        </span>
        <span className="text-slate-500 text-xs">{t("diagnosis.outOf")}</span>
      </p>
    </div>
  );
}

/** "+5" in green, "−3" in red, "±0" in grey; with an accessible wording. */
export function ScoreDelta({ delta }: { delta: number }) {
  const t = useT();
  const style =
    delta > 0
      ? "bg-emerald-50 text-emerald-700 ring-emerald-200"
      : delta < 0
        ? "bg-red-50 text-red-700 ring-red-200"
        : "bg-slate-100 text-slate-600 ring-slate-200";
  const label =
    delta > 0
      ? t("diagnosis.delta.up", { n: delta })
      : delta < 0
        ? t("diagnosis.delta.down", { n: -delta })
        : t("diagnosis.delta.same");
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 font-semibold text-sm tabular-nums ring-1 ring-inset ${style}`}
      data-testid="score-delta"
      data-delta={delta}
      title={label}
    >
      <span aria-hidden="true">{formatDelta(delta)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

type Dimension = DiagnosisResult["dimensions"][number];

const RADAR_R = 100;

function polar(i: number, n: number, radius: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

const points = (values: readonly number[]) =>
  values
    .map((v, i) => polar(i, values.length, v).map((c) => c.toFixed(1)))
    .map(([x, y]) => `${x},${y}`)
    .join(" ");

/** Short enough for the chart; the full label is in the list beside it. */
const clip = (label: string, max = 10) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/**
 * The dimension scores as a radar (inline SVG): grid rings at 25/50/75/100, one axis per dimension,
 * the score polygon. Needs three or more dimensions; described for screen readers by its title and
 * description (the same numbers are listed beside it).
 */
export function RadarChart({ dimensions }: { dimensions: readonly Dimension[] }) {
  const t = useT();
  const titleId = useId();
  const descId = useId();
  const n = dimensions.length;
  if (n < 3) return null;
  const scale = (score: number) => (Math.max(0, Math.min(100, score)) / 100) * RADAR_R;
  return (
    <svg
      viewBox="-175 -135 350 270"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="h-auto w-full max-w-md"
      data-testid="radar"
    >
      <title id={titleId}>{t("diagnosis.radar")}</title>
      <desc id={descId}>{dimensions.map((d) => `${d.label} ${d.score}`).join(", ")}</desc>
      <g>
        {[25, 50, 75, 100].map((level) => (
          <polygon
            key={level}
            points={points(dimensions.map(() => scale(level)))}
            className="fill-none stroke-slate-200"
            strokeWidth={1}
          />
        ))}
        {dimensions.map((d, i) => {
          const [x, y] = polar(i, n, RADAR_R);
          return <line key={d.key} x1={0} y1={0} x2={x} y2={y} className="stroke-slate-200" strokeWidth={1} />;
        })}
        <polygon
          points={points(dimensions.map((d) => scale(d.score)))}
          className="fill-indigo-500/20 stroke-indigo-600"
          strokeWidth={2}
          strokeLinejoin="round"
        />
        {dimensions.map((d, i) => {
          const [x, y] = polar(i, n, scale(d.score));
          return <circle key={d.key} cx={x} cy={y} r={3.5} className="fill-indigo-600" />;
        })}
        {dimensions.map((d, i) => {
          const [x, y] = polar(i, n, RADAR_R + 14);
          const anchor = Math.abs(x) < 8 ? "middle" : x > 0 ? "start" : "end";
          const dy = y < -RADAR_R + 5 ? -4 : y > RADAR_R - 5 ? 12 : 4;
          return (
            <text
              key={d.key}
              x={x}
              y={y + dy}
              textAnchor={anchor}
              className="fill-slate-600 text-[11px]"
              data-dimension={d.key}
            >
              {clip(d.label)}
              <tspan className="fill-slate-900 font-semibold"> {d.score}</tspan>
            </text>
          );
        })}
      </g>
    </svg>
  );
}

/** Keyword chips: matched (with a check) or missing (with a minus). */
export function KeywordChips({
  words,
  tone,
  label,
}: {
  words: readonly string[];
  tone: "matched" | "missing";
  label: string;
}) {
  const style =
    tone === "matched"
      ? "bg-emerald-50 text-emerald-800 ring-emerald-200"
      : "bg-amber-50 text-amber-900 ring-amber-200";
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2" data-testid={`keywords-${tone}`}>
      {words.map((word) => (
        <li
          key={word}
          className={`inline-flex items-center gap-1 rounded-full px-3 py-1 font-medium text-sm ring-1 ring-inset ${style}`}
        >
          <Icon name={tone === "matched" ? "check" : "minus"} className="size-3.5" />
          {word}
        </li>
      ))}
    </ul>
  );
}

export const SEVERITY_STYLE: Record<"high" | "medium" | "low", string> = {
  high: "bg-red-50 text-red-700 ring-red-200",
  medium: "bg-amber-50 text-amber-800 ring-amber-200",
  low: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** Small pill (severity, category, difficulty). */
export function Pill({ className, children, testId }: { className: string; children: ReactNode; testId?: string }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${className}`}
      data-testid={testId}
    >
      {children}
    </span>
  );
}

/**
 * A job page's body: meta, live progress while it runs, the failure (points returned) or the result.
 * The result's heading gets focus when the job finishes while the page is open.
 */
export function JobView({
  job,
  pollError,
  children,
}: {
  job: Job;
  pollError: Error | null;
  children: (heading: RefObject<HTMLHeadingElement | null>) => ReactNode | null;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(isJobOpen(job));
  useEffect(() => {
    if (wasOpen.current && !isJobOpen(job)) heading.current?.focus();
    wasOpen.current = isJobOpen(job);
  }, [job]);
  const result = isJobOpen(job) || job.status === "failed" ? null : children(heading);

  return (
    <div className="space-y-6">
      <JobMeta job={job} />
      {pollError && isJobOpen(job) ? (
        <Alert tone="warning">{t("job.pollError", { message: pollError.message })}</Alert>
      ) : null}
      {isJobOpen(job) ? (
        <JobProgress job={job} />
      ) : job.status === "failed" ? (
        <div>
          <h2 ref={heading} tabIndex={-1} className="sr-only">
            {t("job.failed.title")}
          </h2>
          <JobFailed job={job} />
        </div>
      ) : (
        (result ?? <Alert tone="warning">{t("job.noResult")}</Alert>)
      )}
    </div>
  );
}
