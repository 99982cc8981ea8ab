import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
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
import type { User } from "../api-client/schemas.ts";
import { useI18n } from "../i18n/index.tsx";
import { optionalText, useForm, useFormValues } from "../lib/form.ts";
import { usePaidCreate } from "../lib/paid-create.ts";
import { CostNotice, cardClass, EmptyState, PaidSubmit, ResumeSelect } from "./analysis.tsx";
import { Loading, QueryError } from "./billing.tsx";
import { primaryButtonClass, TextAreaField, TextField } from "./form.tsx";

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
  const { t } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const config = useQuery(billingConfigQueryOptions());
  const form = useForm(FIELDS);
  const [values, set] = useFormValues({
    resumeId: initialResumeId ?? "",
    targetRole: "",
    company: "",
    jobDescription: "",
  });

  const { mutation, handleSubmit } = usePaidCreate({
    form,
    intent: kind,
    create: (body: DiagnosisRequest | PrepRequest, key) =>
      kind === "diagnosis"
        ? analysisApi.createDiagnosis(body as DiagnosisRequest, key)
        : analysisApi.createPrep(body as PrepRequest, key),
    onCreated: async ({ job }) => {
      queryClient.setQueryData(jobQueryOptions(job.kind, job.id).queryKey, { job });
      // Points are held now.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: analysisKeys.jobs(job.kind) });
      if (job.kind === "diagnosis")
        await router.navigate({ to: "/app/diagnoses/$diagnosisId", params: { diagnosisId: job.id } });
      else await router.navigate({ to: "/app/interview-preps/$prepId", params: { prepId: job.id } });
    },
  });

  const cost = config.data
    ? kind === "diagnosis"
      ? config.data.pointCosts.diagnosis
      : config.data.pointCosts.prediction
    : null;

  const onSubmit = handleSubmit(() => {
    const input = {
      resumeId: values.resumeId,
      targetRole: optionalText(values.targetRole),
      jobDescription: optionalText(values.jobDescription),
      ...(kind === "prep" ? { company: optionalText(values.company) } : {}),
    };
    // Required choices first, with their own wording.
    const missing = {
      resumeId: values.resumeId ? undefined : t("job.form.resumeRequired"),
      targetRole: kind === "prep" && !input.targetRole ? t("job.form.targetRoleRequired") : undefined,
    };
    if (missing.resumeId || missing.targetRole) {
      form.setErrors(missing);
      return null;
    }
    return kind === "diagnosis"
      ? form.validate(DiagnosisRequestSchema, input)
      : form.validate(PrepRequestSchema, input);
  });

  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-5`} aria-describedby="job-form-cost">
      <ResumeSelect
        binding={form.field("resumeId")}
        resumes={resumes}
        value={values.resumeId}
        onChange={set("resumeId")}
        placeholder={t("job.form.resumePlaceholder")}
      />
      <TextField
        binding={form.field("targetRole")}
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
          binding={form.field("company")}
          label={t("job.form.company")}
          optional
          maxLength={100}
          autoComplete="organization"
          value={values.company}
          onChange={set("company")}
        />
      ) : null}
      <TextAreaField
        binding={form.field("jobDescription")}
        label={t("job.form.jd")}
        optional
        hint={t("job.form.jdHint")}
        rows={8}
        maxLength={JD_MAX}
        placeholder={t("job.form.jdPlaceholder")}
        value={values.jobDescription}
        onChange={set("jobDescription")}
      />

      <CostNotice id="job-form-cost" cost={cost} balance={user.pointsBalance} />

      <PaidSubmit mutation={mutation} formError={form.formError} pendingLabel={t("job.form.submitting")}>
        {cost === null
          ? t(kind === "diagnosis" ? "job.form.submitDiagnosis" : "job.form.submitPrep")
          : t(kind === "diagnosis" ? "job.form.submitDiagnosisCost" : "job.form.submitPrepCost", { points: cost })}
      </PaidSubmit>
    </form>
  );
}
