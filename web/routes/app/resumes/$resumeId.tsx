import { useQuery } from "@tanstack/react-query";
import { createFileRoute, Link, useRouter } from "@tanstack/react-router";
import { type Resume, resumeQueryOptions } from "../../../api-client/analysis.ts";
import { isApiError } from "../../../api-client/client.ts";
import { cardClass } from "../../../components/analysis.tsx";
import { Loading, QueryError } from "../../../components/billing.tsx";
import { DeleteResume } from "../../../components/DeleteResume.tsx";
import { Alert, primaryButtonClass, secondaryButtonClass } from "../../../components/form.tsx";
import { BackLink, pageTitleClass } from "../../../components/page.tsx";
import { isMessageKey, useI18n } from "../../../i18n/index.tsx";
import { formatBytes } from "../../../lib/analysis.ts";
import { formatDateTime, formatNumber } from "../../../lib/format.ts";

export const Route = createFileRoute("/app/resumes/$resumeId")({
  component: ResumeDetail,
});

function ResumeDetail() {
  const { t } = useI18n();
  const { resumeId } = Route.useParams();
  const query = useQuery(resumeQueryOptions(resumeId));
  return (
    <div className="max-w-4xl">
      <BackLink to="/app/resumes">{t("resumes.back")}</BackLink>
      {query.data ? (
        <ResumeView resume={query.data.resume} />
      ) : (
        <>
          <h1 className={pageTitleClass}>{t("resumes.detail.title")}</h1>
          <div className="mt-6">
            {query.isPending ? (
              <Loading />
            ) : isApiError(query.error) && query.error.status === 404 ? (
              <Alert tone="warning" title={t("resumes.notFound.title")}>
                {t("resumes.notFound.body")}
              </Alert>
            ) : (
              <QueryError
                message={t("resumes.detail.error", { message: query.error?.message ?? "" })}
                onRetry={() => void query.refetch()}
                retrying={query.isFetching}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}

function sectionKindLabel(kind: string, t: ReturnType<typeof useI18n>["t"]) {
  const key = `resumes.section.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

function ResumeView({ resume }: { resume: Resume }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className={`${pageTitleClass} break-all`}>{resume.filename}</h1>
          <p className="mt-1 text-slate-500 text-sm">
            {t("resumes.meta", {
              pages: formatNumber(resume.pages, locale),
              size: formatBytes(resume.sizeBytes, locale),
            })}
            <span aria-hidden="true"> · </span>
            {t("resumes.uploadedAt", { date: formatDateTime(resume.createdAt, locale) })}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link to="/app/diagnoses/new" search={{ resumeId: resume.id }} className={primaryButtonClass}>
            {t("resumes.action.diagnose")}
          </Link>
          <Link to="/app/interview-preps/new" search={{ resumeId: resume.id }} className={secondaryButtonClass}>
            {t("resumes.action.prep")}
          </Link>
          <DeleteResume
            resume={resume}
            variant="button"
            onDeleted={() => void router.navigate({ to: "/app/resumes", replace: true })}
          />
        </div>
      </div>

      <section aria-labelledby="sections-title" className={cardClass}>
        <h2 id="sections-title" className="font-semibold text-lg text-slate-900">
          {t("resumes.sections")}
        </h2>
        {resume.sections.length === 0 ? (
          <p className="mt-3 text-slate-600 text-sm">{t("resumes.sections.empty")}</p>
        ) : (
          <div className="mt-4 space-y-5" data-testid="resume-sections">
            {resume.sections.map((section, i) => (
              <article
                // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id and never reorder
                key={i}
                className="border-slate-100 border-t pt-4 first:border-t-0 first:pt-0"
                data-kind={section.kind}
              >
                <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                  {section.title || sectionKindLabel(section.kind, t)}
                  {section.title && section.title !== sectionKindLabel(section.kind, t) ? (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium text-slate-600 text-xs">
                      {sectionKindLabel(section.kind, t)}
                    </span>
                  ) : null}
                </h3>
                <p className="mt-2 whitespace-pre-wrap break-words text-slate-700 text-sm leading-6">{section.text}</p>
              </article>
            ))}
          </div>
        )}
      </section>

      <details className={`${cardClass} group`}>
        <summary className="cursor-pointer font-semibold text-lg text-slate-900 marker:text-slate-400">
          {t("resumes.text")}
        </summary>
        <p className="mt-2 text-slate-500 text-sm">{t("resumes.text.hint")}</p>
        <pre
          className="mt-4 max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-4 font-sans text-slate-800 text-sm leading-6 ring-1 ring-slate-200"
          data-testid="resume-text"
        >
          {resume.text}
        </pre>
      </details>
    </div>
  );
}
