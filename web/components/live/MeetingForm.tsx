import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { type FormEvent, useId, useRef, useState } from "react";
import { CreateMeetingSchema } from "../../../worker/modules/meetings/schemas.ts";
import { resumeOptionsQueryOptions } from "../../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import { isApiError } from "../../api-client/client.ts";
import {
  type CreateMeeting,
  type LiveLanguage,
  liveApi,
  liveKeys,
  meetingQueryOptions,
} from "../../api-client/live.ts";
import type { User } from "../../api-client/schemas.ts";
import { useI18n } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";
import { formatNumber } from "../../lib/format.ts";
import { useIdempotencyKey } from "../../lib/idempotency.ts";
import { cardClass } from "../analysis.tsx";
import { Alert, inputClass, linkClass, SubmitButton, TextField } from "../form.tsx";
import { LanguageSelect, LiveResumeSelect, mayUse, TierGate } from "./common.tsx";

const CONTEXT_MAX = 4000;
const FIELDS = ["title", "context", "language", "resumeId"] as const;

/**
 * Starts a meeting-assistant session: title, context (who, what about), language, the résumé suggestions
 * draw on (default: the newest); shows the per-minute price and how many minutes the balance pays for.
 * Below the required tier (silver, or a running plan) it explains the gate instead.
 */
export function MeetingForm({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const config = useQuery(billingConfigQueryOptions());
  const resumes = useQuery(resumeOptionsQueryOptions());
  const form = useForm(FIELDS);
  const attempt = useIdempotencyKey();
  const inFlight = useRef(false);
  const ids = { resume: useId(), language: useId() };
  const [values, setValues] = useState({ title: "", context: "", language: locale as LiveLanguage, resumeId: "" });
  const [tierRefused, setTierRefused] = useState(false);

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: CreateMeeting; key: string }) => liveApi.createMeeting(body, key),
    onSuccess: async ({ session }) => {
      attempt.done();
      queryClient.setQueryData(meetingQueryOptions(session.id).queryKey, { session });
      void queryClient.invalidateQueries({ queryKey: liveKeys.kind("meeting") });
      await router.navigate({ to: "/app/meetings/$meetingId", params: { meetingId: session.id } });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "TIER_REQUIRED") setTierRefused(true);
      else if (!(isApiError(error) && error.code === "INSUFFICIENT_POINTS")) form.handleError(error);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  if (!mayUse(user, "meetingAssistant") || tierRefused) return <TierGate user={user} feature="meetingAssistant" />;

  const perMinute = config.data?.pointCosts.meetingPerMinute ?? null;
  const minutes = perMinute ? Math.floor(user.pointsBalance / perMinute) : null;
  const short = perMinute !== null && user.pointsBalance < perMinute;
  const set =
    <K extends keyof typeof values>(name: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [name]: value }));

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (inFlight.current) return;
    form.setFormError(null);
    const optional = (s: string) => (s.trim() ? s.trim() : undefined);
    if (!values.title.trim()) return form.setErrors({ title: t("meetings.form.titleRequired") });
    const body = form.validate(CreateMeetingSchema, {
      title: values.title,
      context: optional(values.context),
      language: values.language,
      resumeId: values.resumeId || undefined,
    });
    if (!body) return;
    inFlight.current = true;
    mutation.reset();
    mutation.mutate({ body, key: attempt.keyFor(`meeting:${JSON.stringify(body)}`) });
  }

  const title = form.field("title");
  const context = form.field("context");
  const error = mutation.error;
  const shortOfPoints = isApiError(error) && error.code === "INSUFFICIENT_POINTS";

  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-5`} aria-describedby="meeting-form-cost">
      <TextField
        binding={title}
        label={t("meetings.form.title")}
        placeholder={t("meetings.form.titlePlaceholder")}
        maxLength={100}
        required
        value={values.title}
        onChange={set("title")}
      />
      <div>
        <label htmlFor={context.id} className="block font-medium text-slate-900 text-sm">
          {t("meetings.form.context")}
          <span className="ml-1 font-normal text-slate-500">{t("form.optional")}</span>
        </label>
        <textarea
          ref={context.ref}
          id={context.id}
          name={context.name}
          rows={4}
          maxLength={CONTEXT_MAX}
          value={values.context}
          placeholder={t("meetings.form.contextPlaceholder")}
          onChange={(e) => {
            context.clear();
            set("context")(e.target.value);
          }}
          aria-invalid={context.error ? true : undefined}
          aria-describedby={[context.error ? context.errorId : "", `${context.id}-hint`].filter(Boolean).join(" ")}
          className={`mt-2 ${inputClass}`}
        />
        <p id={`${context.id}-hint`} className="mt-1.5 flex justify-between gap-3 text-slate-500 text-sm">
          <span>{t("meetings.form.contextHint")}</span>
          <span className="tabular-nums">
            {values.context.length.toLocaleString(locale)} / {CONTEXT_MAX.toLocaleString(locale)}
          </span>
        </p>
        {context.error ? (
          <p id={context.errorId} className="mt-1.5 text-red-700 text-sm">
            {context.error}
          </p>
        ) : null}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <LanguageSelect id={ids.language} value={values.language} onChange={set("language")} />
        <LiveResumeSelect
          id={ids.resume}
          value={values.resumeId}
          onChange={set("resumeId")}
          resumes={resumes.data?.items ?? []}
          loading={resumes.isPending}
          emptyLabel={t("meetings.form.latestResume")}
          hint={t("meetings.form.resumeHint")}
        />
      </div>

      <div
        id="meeting-form-cost"
        data-testid="cost-notice"
        className={`rounded-xl px-4 py-3 text-sm ring-1 ring-inset ${short ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-slate-50 text-slate-700 ring-slate-200"}`}
      >
        <p>
          {perMinute === null ? (
            t("job.cost.loading")
          ) : (
            <>
              {t("meetings.form.price")}{" "}
              <span className="font-semibold text-slate-900" data-testid="meeting-price">
                {t("meetings.perMinute", { points: formatNumber(perMinute, locale) })}
              </span>
            </>
          )}
          <span aria-hidden="true"> · </span>
          {t("job.cost.balance")}{" "}
          <span className="font-semibold text-slate-900" data-testid="job-balance">
            {formatNumber(user.pointsBalance, locale)}
          </span>
          {minutes !== null && !short ? (
            <>
              <span aria-hidden="true"> · </span>
              {t("meetings.form.minutesLeft", { n: formatNumber(minutes, locale) })}
            </>
          ) : null}
        </p>
        <p className="mt-1 text-slate-600">{t("meetings.form.billingHint")}</p>
        {short ? (
          <p className="mt-1">
            {t("job.cost.short")}{" "}
            <Link to="/app/recharge" className={linkClass}>
              {t("job.cost.recharge")}
            </Link>
          </p>
        ) : null}
      </div>

      {shortOfPoints ? (
        <Alert tone="error" title={t("job.form.shortTitle")}>
          <p>{error.message}</p>
          <p className="mt-2">
            <Link to="/app/recharge" className={linkClass}>
              {t("job.cost.recharge")}
            </Link>
          </p>
        </Alert>
      ) : form.formError ? (
        <Alert tone="error" title={t("job.form.failed")}>
          {form.formError}
        </Alert>
      ) : null}

      <SubmitButton
        pending={mutation.isPending || mutation.isSuccess}
        pendingLabel={t("meetings.form.submitting")}
        className="w-full sm:w-auto"
      >
        {t("meetings.form.submit")}
      </SubmitButton>
    </form>
  );
}
