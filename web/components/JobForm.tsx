import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { type FormEvent, useId, useRef, useState } from "react";
import { DiagnosisRequestSchema, PrepRequestSchema } from "../../worker/modules/analysis/schemas.ts";
import {
  analysisApi,
  analysisKeys,
  type DiagnosisRequest,
  type JobKind,
  jobQueryOptions,
  type PrepRequest,
  resumeOptionsQueryOptions,
} from "../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../api-client/billing.ts";
import { isApiError } from "../api-client/client.ts";
import type { User } from "../api-client/schemas.ts";
import { useI18n } from "../i18n/index.tsx";
import { useForm } from "../lib/form.ts";
import { useIdempotencyKey } from "../lib/idempotency.ts";
import { CostNotice, cardClass, EmptyState, ResumeSelect } from "./analysis.tsx";
import { Loading, QueryError } from "./billing.tsx";
import { Alert, inputClass, linkClass, primaryButtonClass, SubmitButton, TextField } from "./form.tsx";

const JD_MAX = 8000;
const FIELDS = ["resumeId", "targetRole", "company", "jobDescription"] as const;

/**
 * The form that starts a diagnosis or an interview prep: résumé, target role (required for a prep),
 * company (prep), job description; shows the points cost and the balance. Double-submit safe: one
 * `Idempotency-Key` per attempt (reused on retry), and a second submit while one runs is ignored.
 */
export function JobForm({ kind, user, initialResumeId }: { kind: JobKind; user: User; initialResumeId?: string }) {
  const { t } = useI18n();
  const resumes = useQuery(resumeOptionsQueryOptions());

  if (resumes.isPending) return <Loading />;
  if (resumes.isError)
    return (
      <QueryError
        message={t("resumes.list.error", { message: resumes.error.message })}
        onRetry={() => void resumes.refetch()}
        retrying={resumes.isFetching}
      />
    );
  if (resumes.data.items.length === 0)
    return (
      <EmptyState
        action={
          <Link to="/app/resumes" className={primaryButtonClass}>
            {t("job.form.uploadFirst")}
          </Link>
        }
      >
        {t("job.form.noResumes")}
      </EmptyState>
    );
  const known = resumes.data.items.some((r) => r.id === initialResumeId);
  return (
    <Form
      kind={kind}
      user={user}
      resumes={resumes.data.items}
      initialResumeId={known ? initialResumeId : resumes.data.items[0]?.id}
    />
  );
}

function Form({
  kind,
  user,
  resumes,
  initialResumeId,
}: {
  kind: JobKind;
  user: User;
  resumes: Parameters<typeof ResumeSelect>[0]["resumes"];
  initialResumeId?: string;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const config = useQuery(billingConfigQueryOptions());
  const form = useForm(FIELDS);
  const [values, setValues] = useState({
    resumeId: initialResumeId ?? "",
    targetRole: "",
    company: "",
    jobDescription: "",
  });
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const attempt = useIdempotencyKey();
  const inFlight = useRef(false);
  const jdHintId = useId();

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: DiagnosisRequest | PrepRequest; key: string }) =>
      kind === "diagnosis"
        ? analysisApi.createDiagnosis(body as DiagnosisRequest, key)
        : analysisApi.createPrep(body as PrepRequest, key),
    onSuccess: async ({ job }) => {
      attempt.done();
      queryClient.setQueryData(jobQueryOptions(job.kind, job.id).queryKey, { job });
      // Points are held now.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: analysisKeys.jobs(job.kind) });
      if (job.kind === "diagnosis")
        await router.navigate({ to: "/app/diagnoses/$diagnosisId", params: { diagnosisId: job.id } });
      else await router.navigate({ to: "/app/interview-preps/$prepId", params: { prepId: job.id } });
    },
    onError: (error) => {
      if (!(isApiError(error) && error.code === "INSUFFICIENT_POINTS")) form.handleError(error);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const cost = config.data
    ? kind === "diagnosis"
      ? config.data.pointCosts.diagnosis
      : config.data.pointCosts.prediction
    : null;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (inFlight.current) return;
    form.setFormError(null);
    const optional = (s: string) => (s.trim() ? s.trim() : undefined);
    const input = {
      resumeId: values.resumeId,
      targetRole: optional(values.targetRole),
      jobDescription: optional(values.jobDescription),
      ...(kind === "prep" ? { company: optional(values.company) } : {}),
    };
    // Required choices first, with their own wording.
    const missing = {
      resumeId: values.resumeId ? undefined : t("job.form.resumeRequired"),
      targetRole: kind === "prep" && !input.targetRole ? t("job.form.targetRoleRequired") : undefined,
    };
    if (missing.resumeId || missing.targetRole) return form.setErrors(missing);
    const body =
      kind === "diagnosis" ? form.validate(DiagnosisRequestSchema, input) : form.validate(PrepRequestSchema, input);
    if (!body) return;
    inFlight.current = true;
    mutation.reset();
    mutation.mutate({ body, key: attempt.keyFor(`${kind}:${JSON.stringify(body)}`) });
  }

  const resume = form.field("resumeId");
  const role = form.field("targetRole");
  const company = form.field("company");
  const jd = form.field("jobDescription");
  const error = mutation.error;
  const shortOfPoints = isApiError(error) && error.code === "INSUFFICIENT_POINTS";

  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-5`} aria-describedby="job-form-cost">
      <ResumeSelect
        id={resume.id}
        name={resume.name}
        errorId={resume.errorId}
        error={resume.error}
        selectRef={resume.ref}
        resumes={resumes}
        value={values.resumeId}
        onChange={(v) => {
          resume.clear();
          set("resumeId")(v);
        }}
      />
      <TextField
        binding={role}
        label={t("job.form.targetRole")}
        optional={kind === "diagnosis"}
        hint={t(kind === "diagnosis" ? "job.form.targetRoleHint" : "job.form.targetRoleHintPrep")}
        placeholder={t("job.form.targetRolePlaceholder")}
        maxLength={100}
        autoComplete="organization-title"
        required={kind === "prep"}
        value={values.targetRole}
        onChange={set("targetRole")}
      />
      {kind === "prep" ? (
        <TextField
          binding={company}
          label={t("job.form.company")}
          optional
          maxLength={100}
          autoComplete="organization"
          value={values.company}
          onChange={set("company")}
        />
      ) : null}
      <div>
        <label htmlFor={jd.id} className="block font-medium text-slate-900 text-sm">
          {t("job.form.jd")}
          <span className="ml-1 font-normal text-slate-500">{t("form.optional")}</span>
        </label>
        <textarea
          ref={jd.ref}
          id={jd.id}
          name={jd.name}
          rows={8}
          maxLength={JD_MAX}
          value={values.jobDescription}
          placeholder={t("job.form.jdPlaceholder")}
          onChange={(e) => {
            jd.clear();
            set("jobDescription")(e.target.value);
          }}
          aria-invalid={jd.error ? true : undefined}
          aria-describedby={[jd.error ? jd.errorId : "", jdHintId].filter(Boolean).join(" ")}
          className={`mt-2 ${inputClass}`}
        />
        <p id={jdHintId} className="mt-1.5 flex justify-between gap-3 text-slate-500 text-sm">
          <span>{t("job.form.jdHint")}</span>
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

      <div id="job-form-cost">
        <CostNotice cost={cost} balance={user.pointsBalance} />
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
        pendingLabel={t("job.form.submitting")}
        className="w-full sm:w-auto"
      >
        {cost === null
          ? t(kind === "diagnosis" ? "job.form.submitDiagnosis" : "job.form.submitPrep")
          : t(kind === "diagnosis" ? "job.form.submitDiagnosisCost" : "job.form.submitPrepCost", { points: cost })}
      </SubmitButton>
    </form>
  );
}
