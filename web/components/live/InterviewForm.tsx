import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { CreateInterviewSchema, QUESTION_COUNT } from "../../../worker/modules/interviews/schemas.ts";
import { resumeOptionsQueryOptions } from "../../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import {
  type InterviewStyle,
  interviewQueryOptions,
  type LiveLanguage,
  liveApi,
  liveKeys,
} from "../../api-client/live.ts";
import type { User } from "../../api-client/schemas.ts";
import { useI18n } from "../../i18n/index.tsx";
import { optionalText, useForm, useFormValues } from "../../lib/form.ts";
import { usePaidCreate } from "../../lib/paid-create.ts";
import { CostNotice, cardClass, PaidSubmit, ResumeSelect } from "../analysis.tsx";
import { ChoiceCard } from "../ChoiceCard.tsx";
import { linkClass, TextAreaField, TextField } from "../form.tsx";
import { LanguageSelect, mayUse, TierGate } from "./common.tsx";

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
  const [values, set] = useFormValues({
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

  const { mutation, handleSubmit } = usePaidCreate({
    form,
    intent: "interview",
    create: liveApi.createInterview,
    onCreated: async ({ session }) => {
      queryClient.setQueryData(interviewQueryOptions(session.id).queryKey, { session });
      // The points are held now.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: liveKeys.kind("interview") });
      await router.navigate({ to: "/app/interviews/$interviewId", params: { interviewId: session.id } });
    },
    onTierRefused: () => setTierRefused(true),
  });

  if (!mayUse(user, "mockInterview") || tierRefused) return <TierGate user={user} feature="mockInterview" />;

  const cost = config.data?.pointCosts.mockInterview ?? null;

  const onSubmit = handleSubmit(() => {
    const count = Number(values.questionCount);
    const input = {
      targetRole: values.targetRole,
      resumeId: resumeId || undefined,
      jobDescription: optionalText(values.jobDescription),
      style: values.style,
      questionCount: values.questionCount.trim() && Number.isFinite(count) ? count : Number.NaN,
      language: values.language,
    };
    if (!values.targetRole.trim()) {
      form.setErrors({ targetRole: t("job.form.targetRoleRequired") });
      return null;
    }
    if (!Number.isInteger(input.questionCount) || count < QUESTION_COUNT.min || count > QUESTION_COUNT.max) {
      form.setErrors({
        questionCount: t("interviews.form.countRange", { min: QUESTION_COUNT.min, max: QUESTION_COUNT.max }),
      });
      return null;
    }
    return form.validate(CreateInterviewSchema, input);
  });

  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-5`} aria-describedby="interview-form-cost">
      <TextField
        binding={form.field("targetRole")}
        label={t("job.form.targetRole")}
        hint={t("interviews.form.targetRoleHint")}
        placeholder={t("job.form.targetRolePlaceholder")}
        maxLength={100}
        autoComplete="organization-title"
        required
        value={values.targetRole}
        onChange={set("targetRole")}
      />
      <ResumeSelect
        binding={form.field("resumeId")}
        resumes={items}
        value={resumeId}
        onChange={set("resumeId")}
        placeholder={t("interviews.form.noResume")}
        loading={resumes.isPending}
        optional
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
      <TextAreaField
        binding={form.field("jobDescription")}
        label={t("job.form.jd")}
        optional
        hint={t("interviews.form.jdHint")}
        rows={5}
        maxLength={JD_MAX}
        placeholder={t("job.form.jdPlaceholder")}
        value={values.jobDescription}
        onChange={set("jobDescription")}
      />

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
        <TextField
          binding={form.field("questionCount")}
          label={t("interviews.form.count")}
          hint={t("interviews.form.countHint", { min: QUESTION_COUNT.min, max: QUESTION_COUNT.max })}
          type="number"
          inputMode="numeric"
          min={QUESTION_COUNT.min}
          max={QUESTION_COUNT.max}
          step={1}
          value={values.questionCount}
          onChange={set("questionCount")}
        />
        <LanguageSelect binding={form.field("language")} value={values.language} onChange={set("language")} />
      </div>

      <div id="interview-form-cost" className="space-y-2">
        <CostNotice cost={cost} balance={user.pointsBalance} />
        <p className="text-slate-500 text-sm">{t("interviews.form.costHint")}</p>
      </div>

      <PaidSubmit mutation={mutation} formError={form.formError} pendingLabel={t("interviews.form.submitting")}>
        {cost === null ? t("interviews.form.submit") : t("interviews.form.submitCost", { points: cost })}
      </PaidSubmit>
    </form>
  );
}
