import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { isDiagnosisResult, isPrepResult, type Job, type JobKind, jobsQueryOptions } from "../api-client/analysis.ts";
import { useI18n } from "../i18n/index.tsx";
import { previousDiagnosis, useResumeNames } from "../lib/analysis.ts";
import { formatDateTime, formatNumber } from "../lib/format.ts";
import { EmptyState, JobStatusBadge, ScoreDelta } from "./analysis.tsx";
import { Loading, LoadMore, QueryError } from "./billing.tsx";
import { linkClass, primaryButtonClass } from "./form.tsx";

/** The history of diagnoses or interview preps, newest first, with links to each job's page. */
export function JobHistory({ kind }: { kind: JobKind }) {
  const { t, locale } = useI18n();
  const jobs = useInfiniteQuery(jobsQueryOptions(kind));
  const { names } = useResumeNames();
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  const isDiagnosis = kind === "diagnosis";
  const newLink = isDiagnosis ? (
    <Link to="/app/diagnoses/new" className={primaryButtonClass}>
      {t("diagnoses.new")}
    </Link>
  ) : (
    <Link to="/app/interview-preps/new" className={primaryButtonClass}>
      {t("preps.new")}
    </Link>
  );

  if (jobs.isPending) return <Loading />;
  if (jobs.isError)
    return (
      <QueryError
        message={t("job.listError", { message: jobs.error.message })}
        onRetry={() => void jobs.refetch()}
        retrying={jobs.isFetching}
      />
    );
  if (items.length === 0)
    return <EmptyState action={newLink}>{t(isDiagnosis ? "diagnoses.empty" : "preps.empty")}</EmptyState>;

  const view = (job: Job) => {
    const label = t("job.viewLabel", {
      name: names.get(job.resumeId) ?? t("job.meta.resumeDeleted"),
      date: formatDateTime(job.createdAt, locale),
    });
    return job.kind === "diagnosis" ? (
      <Link to="/app/diagnoses/$diagnosisId" params={{ diagnosisId: job.id }} className={linkClass} aria-label={label}>
        {t("job.view")}
      </Link>
    ) : (
      <Link to="/app/interview-preps/$prepId" params={{ prepId: job.id }} className={linkClass} aria-label={label}>
        {t("job.view")}
      </Link>
    );
  };

  return (
    <>
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm" data-testid="job-history">
          <caption className="sr-only">{t(isDiagnosis ? "diagnoses.caption" : "preps.caption")}</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("job.col.createdAt")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("job.col.resume")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("job.col.targetRole")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("job.col.status")}
              </th>
              <th scope="col" className="px-4 py-3 text-right font-medium">
                {t(isDiagnosis ? "job.col.score" : "job.col.questions")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                <span className="sr-only">{t("job.col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((job) => {
              const diagnosis = isDiagnosisResult(job.result) ? job.result : null;
              const prep = isPrepResult(job.result) ? job.result : null;
              const previous = diagnosis ? previousDiagnosis(job, items, names) : null;
              const previousScore =
                previous?.sameFile && isDiagnosisResult(previous.job.result) ? previous.job.result.score : null;
              return (
                <tr key={job.id} data-job-id={job.id}>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                    <time dateTime={job.createdAt}>{formatDateTime(job.createdAt, locale)}</time>
                  </td>
                  <td className="max-w-[14rem] truncate px-4 py-3 font-medium text-slate-900">
                    {names.get(job.resumeId) ?? <span className="text-slate-500">{t("job.meta.resumeDeleted")}</span>}
                  </td>
                  <td className="max-w-[12rem] truncate px-4 py-3 text-slate-700">
                    {job.targetRole ?? <span className="text-slate-400">—</span>}
                  </td>
                  <td className="px-4 py-3">
                    <JobStatusBadge status={job.status} />
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                    {diagnosis ? (
                      <span className="inline-flex items-center gap-2">
                        {previousScore !== null ? <ScoreDelta delta={diagnosis.score - previousScore} /> : null}
                        <span className="font-semibold text-slate-900">{diagnosis.score}</span>
                      </span>
                    ) : prep ? (
                      <span className="font-semibold text-slate-900">
                        {formatNumber(prep.questions.length, locale)}
                      </span>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right">{view(job)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {jobs.hasNextPage ? (
        <LoadMore loading={jobs.isFetchingNextPage} onClick={() => void jobs.fetchNextPage()} />
      ) : null}
    </>
  );
}
