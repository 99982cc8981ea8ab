import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { type FormEvent, useId, useRef, useState } from "react";
import { CreateInterviewSchema, QUESTION_COUNT } from "../../../worker/modules/interviews/schemas.ts";
import { resumeOptionsQueryOptions } from "../../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import { isApiError } from "../../api-client/client.ts";
import {
  type CreateInterview,
  type InterviewStyle,
  interviewQueryOptions,
  type LiveLanguage,
  liveApi,
  liveKeys,
} from "../../api-client/live.ts";
import type { User } from "../../api-client/schemas.ts";
import { useI18n } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";
import { useIdempotencyKey } from "../../lib/idempotency.ts";
import { CostNotice, cardClass } from "../analysis.tsx";
import { Alert, inputClass, linkClass, SubmitButton, TextField } from "../form.tsx";
import { ChoiceCard, LanguageSelect, LiveResumeSelect, mayUse, TierGate } from "./common.tsx";

const JD_MAX = 8000;
const STYLES: readonly InterviewStyle[] = ["friendly", "neutral", "pressure"];
const FIELDS = ["targetRole", "resumeId", "jobDescription", "style", "questionCount", "language"] as const;

/**
 * Starts a mock interview: target role, résumé (optional), job description, style, number of questions,
 * language; shows the cost (held now, charged once a question is answered) and the balance. Below the
 * required tier it explains the gate instead. Double-submit safe: one `Idempotency-Key` per attempt.
 */
export function InterviewForm({ user, initialResumeId }: { user: User; initialResumeId?: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const config = useQuery(billingConfigQueryOptions());
  const resumes = useQuery(resumeOptionsQueryOptions());
  const form = useForm(FIELDS);
  const attempt = useIdempotencyKey();
  const inFlight = useRef(false);
  const ids = { resume: useId(), language: useId(), jd: useId() };
  const [values, setValues] = useState({
    targetRole: "",
    // undefined: not chosen yet (the newest résumé once the list is there); "": none.
    resumeId: undefined as string | undefined,
    jobDescription: "",
    style: "neutral" as InterviewStyle,
    questionCount: String(QUESTION_COUNT.default),
    language: locale as LiveLanguage,
  });
  const [tierRefused, setTierRefused] = useState(false);

  const items = resumes.data?.items ?? [];
  const known = (id: string | undefined) => id !== undefined && items.some((r) => r.id === id);
  const resumeId = values.resumeId ?? (known(initialResumeId) ? initialResumeId : items[0]?.id) ?? "";

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: CreateInterview; key: string }) => liveApi.createInterview(body, key),
    onSuccess: async ({ session }) => {
      attempt.done();
      queryClient.setQueryData(interviewQueryOptions(session.id).queryKey, { session });
      // The points are held now.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: liveKeys.kind("interview") });
      await router.navigate({ to: "/app/interviews/$interviewId", params: { interviewId: session.id } });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "TIER_REQUIRED") setTierRefused(true);
      else if (!(isApiError(error) && error.code === "INSUFFICIENT_POINTS")) form.handleError(error);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  if (!mayUse(user, "mockInterview") || tierRefused) return <TierGate user={user} feature="mockInterview" />;

  const cost = config.data?.pointCosts.mockInterview ?? null;
  const set =
    <K extends keyof typeof values>(name: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [name]: value }));

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (inFlight.current) return;
    form.setFormError(null);
    const optional = (s: string) => (s.trim() ? s.trim() : undefined);
    const count = Number(values.questionCount);
    const input = {
      targetRole: values.targetRole,
      resumeId: resumeId || undefined,
      jobDescription: optional(values.jobDescription),
      style: values.style,
      questionCount: values.questionCount.trim() && Number.isFinite(count) ? count : Number.NaN,
      language: values.language,
    };
    if (!values.targetRole.trim()) return form.setErrors({ targetRole: t("job.form.targetRoleRequired") });
    if (!Number.isInteger(input.questionCount) || count < QUESTION_COUNT.min || count > QUESTION_COUNT.max)
      return form.setErrors({
        questionCount: t("interviews.form.countRange", { min: QUESTION_COUNT.min, max: QUESTION_COUNT.max }),
      });
    const body = form.validate(CreateInterviewSchema, input);
    if (!body) return;
    inFlight.current = true;
    mutation.reset();
    mutation.mutate({ body, key: attempt.keyFor(`interview:${JSON.stringify(body)}`) });
  }

  const role = form.field("targetRole");
  const jd = form.field("jobDescription");
  const countField = form.field("questionCount");
  const error = mutation.error;
  const shortOfPoints = isApiError(error) && error.code === "INSUFFICIENT_POINTS";

  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-5`} aria-describedby="interview-form-cost">
      <TextField
        binding={role}
        label={t("job.form.targetRole")}
        hint={t("interviews.form.targetRoleHint")}
        placeholder={t("job.form.targetRolePlaceholder")}
        maxLength={100}
        autoComplete="organization-title"
        required
        value={values.targetRole}
        onChange={set("targetRole")}
      />
      <LiveResumeSelect
        id={ids.resume}
        value={resumeId}
        onChange={(v) => set("resumeId")(v)}
        resumes={items}
        loading={resumes.isPending}
        emptyLabel={t("interviews.form.noResume")}
        hint={
          items.length === 0 && !resumes.isPending ? (
            <>
              {t("interviews.form.resumeNone")}{" "}
              <Link to="/app/resumes" className={linkClass}>
                {t("job.form.uploadFirst")}
              </Link>
            </>
          ) : (
            t("interviews.form.resumeHint")
          )
        }
      />
      <div>
        <label htmlFor={ids.jd} className="block font-medium text-slate-900 text-sm">
          {t("job.form.jd")}
          <span className="ml-1 font-normal text-slate-500">{t("form.optional")}</span>
        </label>
        <textarea
          ref={jd.ref}
          id={ids.jd}
          name={jd.name}
          rows={5}
          maxLength={JD_MAX}
          value={values.jobDescription}
          placeholder={t("job.form.jdPlaceholder")}
          onChange={(e) => {
            jd.clear();
            set("jobDescription")(e.target.value);
          }}
          aria-invalid={jd.error ? true : undefined}
          aria-describedby={[jd.error ? jd.errorId : "", `${ids.jd}-hint`].filter(Boolean).join(" ")}
          className={`mt-2 ${inputClass}`}
        />
        <p id={`${ids.jd}-hint`} className="mt-1.5 flex justify-between gap-3 text-slate-500 text-sm">
          <span>{t("interviews.form.jdHint")}</span>
          <span className="tabular-nums">
            {values.jobDescription.length.toLocaleString(locale)} / {JD_MAX.toLocaleString(locale)}
          </span>
        </p>
        {jd.error ? (
          <p id={jd.errorId} className="mt-1.5 text-red-700 text-sm">
            {jd.error}
          </p>
        ) : null}
      </div>

      <fieldset>
        <legend className="font-medium text-slate-900 text-sm">{t("interviews.form.style")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {STYLES.map((style) => (
            <ChoiceCard
              key={style}
              name="style"
              checked={values.style === style}
              onSelect={() => set("style")(style)}
              label={t(`interviews.style.${style}`)}
              description={t(`interviews.style.${style}.hint`)}
            />
          ))}
        </div>
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor={countField.id} className="block font-medium text-slate-900 text-sm">
            {t("interviews.form.count")}
          </label>
          <input
            ref={countField.ref}
            id={countField.id}
            name={countField.name}
            type="number"
            inputMode="numeric"
            min={QUESTION_COUNT.min}
            max={QUESTION_COUNT.max}
            step={1}
            value={values.questionCount}
            onChange={(e) => {
              countField.clear();
              set("questionCount")(e.target.value);
            }}
            aria-invalid={countField.error ? true : undefined}
            aria-describedby={[countField.error ? countField.errorId : "", `${countField.id}-hint`]
              .filter(Boolean)
              .join(" ")}
            className={`mt-2 ${inputClass}`}
          />
          <p id={`${countField.id}-hint`} className="mt-1.5 text-slate-500 text-sm">
            {t("interviews.form.countHint", { min: QUESTION_COUNT.min, max: QUESTION_COUNT.max })}
          </p>
          {countField.error ? (
            <p id={countField.errorId} className="mt-1.5 text-red-700 text-sm">
              {countField.error}
            </p>
          ) : null}
        </div>
        <LanguageSelect id={ids.language} value={values.language} onChange={set("language")} />
      </div>

      <div id="interview-form-cost" className="space-y-2">
        <CostNotice cost={cost} balance={user.pointsBalance} />
        <p className="text-slate-500 text-sm">{t("interviews.form.costHint")}</p>
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
        pendingLabel={t("interviews.form.submitting")}
        className="w-full sm:w-auto"
      >
        {cost === null ? t("interviews.form.submit") : t("interviews.form.submitCost", { points: cost })}
      </SubmitButton>
    </form>
  );
}
