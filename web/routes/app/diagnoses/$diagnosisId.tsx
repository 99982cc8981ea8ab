import { useQuery } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import {
  type DiagnosisResult,
  isDiagnosisResult,
  type Job,
  jobQueryOptions,
  recentJobsQueryOptions,
} from "../../../api-client/analysis.ts";
import type { User } from "../../../api-client/schemas.ts";
import {
  cardClass,
  JobQueryBody,
  JobView,
  KeywordChips,
  Pill,
  RadarChart,
  ScoreDelta,
  ScoreDial,
  SEVERITY_STYLE,
} from "../../../components/analysis.tsx";
import { linkClass, primaryButtonClass, secondaryButtonClass } from "../../../components/form.tsx";
import { SubPage } from "../../../components/page.tsx";
import { ReportDownload } from "../../../components/ReportDownload.tsx";
import { isMessageKey, useI18n } from "../../../i18n/index.tsx";
import { previousDiagnosis, prioritisedIssues, useRefreshWhenFinished, useResumeNames } from "../../../lib/analysis.ts";
import { formatDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/me.ts";

export const Route = createFileRoute("/app/diagnoses/$diagnosisId")({
  component: DiagnosisPage,
});

function DiagnosisPage() {
  const { t } = useI18n();
  const { diagnosisId } = Route.useParams();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const query = useQuery(jobQueryOptions("diagnosis", diagnosisId));
  const job = query.data?.job;
  useRefreshWhenFinished(job);

  return (
    <SubPage className="max-w-5xl" back="/app/diagnoses" backLabel={t("diagnoses.back")} title={t("diagnosis.title")}>
      <JobQueryBody query={query}>
        {(data) => <DiagnosisView job={data.job} user={user} pollError={query.isError ? query.error : null} />}
      </JobQueryBody>
    </SubPage>
  );
}

function DiagnosisView({ job, user, pollError }: { job: Job; user: User; pollError: Error | null }) {
  const result = isDiagnosisResult(job.result) ? job.result : null;

  return (
    <JobView job={job} pollError={pollError}>
      {(heading) => (result ? <Report job={job} result={result} user={user} headingRef={heading} /> : null)}
    </JobView>
  );
}

function Report({
  job,
  result,
  user,
  headingRef,
}: {
  job: Job;
  result: DiagnosisResult;
  user: User;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  const { t } = useI18n();
  const issues = prioritisedIssues(result.issues);
  // The engine names sections by kind ("skills"); show the kind's name, anything else as given.
  const sectionLabel = (section: string) => {
    const key = `resumes.section.${section}`;
    return isMessageKey(key) ? t(key) : section;
  };
  return (
    <div className="space-y-6" data-testid="diagnosis-report">
      <section aria-labelledby="overview-title" className={cardClass}>
        <h2
          ref={headingRef}
          id="overview-title"
          tabIndex={-1}
          className="font-semibold text-lg text-slate-900 focus:outline-none"
        >
          {t("diagnosis.overview")}
        </h2>
        <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-center">
          <ScoreDial score={result.score} />
          <div className="min-w-0 flex-1 space-y-3">
            <ScoreChange job={job} score={result.score} />
            <p className="text-slate-700 leading-7" data-testid="diagnosis-summary">
              {result.summary}
            </p>
          </div>
        </div>
        <div className="mt-6 border-slate-100 border-t pt-4">
          <ReportDownload job={job} user={user} />
        </div>
      </section>

      {result.dimensions.length > 0 ? (
        <section aria-labelledby="dimensions-title" className={cardClass}>
          <h2 id="dimensions-title" className="font-semibold text-lg text-slate-900">
            {t("diagnosis.dimensions")}
          </h2>
          <div className="mt-4 grid items-center gap-6 lg:grid-cols-2">
            <div className="flex justify-center">
              <RadarChart dimensions={result.dimensions} />
            </div>
            <ul className="space-y-4" data-testid="dimensions">
              {result.dimensions.map((d) => (
                <li key={d.key} data-dimension={d.key}>
                  <div className="flex items-baseline justify-between gap-3">
                    <span className="font-medium text-slate-900">{d.label}</span>
                    <span className="font-semibold text-slate-900 tabular-nums">{d.score}</span>
                  </div>
                  <div aria-hidden="true" className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-slate-100">
                    <div className="h-full rounded-full bg-indigo-500" style={{ width: `${d.score}%` }} />
                  </div>
                  {d.comment ? <p className="mt-1 text-slate-600 text-sm">{d.comment}</p> : null}
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="issues-title" className={cardClass}>
        <h2 id="issues-title" className="font-semibold text-lg text-slate-900">
          {t("diagnosis.issues")}
          <span className="ml-2 font-normal text-slate-500 text-sm">{issues.length}</span>
        </h2>
        {issues.length === 0 ? (
          <p className="mt-3 text-slate-600">{t("diagnosis.issues.none")}</p>
        ) : (
          <ol className="mt-4 space-y-4" data-testid="issues">
            {issues.map((issue, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id; the list does not change
                key={i}
                className="rounded-xl border border-slate-200 p-4"
                data-testid="issue"
                data-severity={issue.severity}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Pill className={SEVERITY_STYLE[issue.severity]}>{t(`diagnosis.severity.${issue.severity}`)}</Pill>
                  {issue.section ? <span className="text-slate-500 text-sm">{sectionLabel(issue.section)}</span> : null}
                </div>
                {issue.evidence ? (
                  <figure className="mt-3">
                    <figcaption className="text-slate-500 text-xs">{t("diagnosis.evidence")}</figcaption>
                    <blockquote className="mt-1 whitespace-pre-wrap break-words border-slate-300 border-l-4 bg-slate-50 py-2 pr-3 pl-3 text-slate-800 text-sm">
                      “{issue.evidence}”
                    </blockquote>
                  </figure>
                ) : null}
                <p className="mt-3 text-slate-800 text-sm">
                  <span className="font-semibold text-indigo-700">{t("diagnosis.suggestion")}</span> {issue.suggestion}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="keywords-title" className={cardClass}>
        <h2 id="keywords-title" className="font-semibold text-lg text-slate-900">
          {t("diagnosis.keywords")}
        </h2>
        {!job.targetRole && result.keywords.matched.length === 0 && result.keywords.missing.length === 0 ? (
          <p className="mt-3 text-slate-600 text-sm">{t("diagnosis.keywords.noTarget")}</p>
        ) : (
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            <div>
              <h3 className="font-medium text-slate-900 text-sm">
                {t("diagnosis.keywords.matched")}{" "}
                <span className="font-normal text-slate-500">{result.keywords.matched.length}</span>
              </h3>
              <div className="mt-2">
                {result.keywords.matched.length ? (
                  <KeywordChips
                    words={result.keywords.matched}
                    tone="matched"
                    label={t("diagnosis.keywords.matched")}
                  />
                ) : (
                  <p className="text-slate-500 text-sm">{t("diagnosis.keywords.noneMatched")}</p>
                )}
              </div>
            </div>
            <div>
              <h3 className="font-medium text-slate-900 text-sm">
                {t("diagnosis.keywords.missing")}{" "}
                <span className="font-normal text-slate-500">{result.keywords.missing.length}</span>
              </h3>
              <div className="mt-2">
                {result.keywords.missing.length ? (
                  <KeywordChips
                    words={result.keywords.missing}
                    tone="missing"
                    label={t("diagnosis.keywords.missing")}
                  />
                ) : (
                  <p className="text-slate-500 text-sm">{t("diagnosis.keywords.noneMissing")}</p>
                )}
              </div>
            </div>
          </div>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <Link to="/app/diagnoses/new" search={{ resumeId: job.resumeId }} className={primaryButtonClass}>
          {t("diagnosis.again")}
        </Link>
        <Link to="/app/interview-preps/new" search={{ resumeId: job.resumeId }} className={secondaryButtonClass}>
          {t("diagnosis.toPrep")}
        </Link>
      </div>
    </div>
  );
}

/**
 * "+N / −N" against the previous diagnosis of the same résumé or of an earlier version with the same
 * filename (else the previous diagnosis at all, named so that it is clear what is compared).
 */
function ScoreChange({ job, score }: { job: Job; score: number }) {
  const { t, locale } = useI18n();
  const recent = useQuery(recentJobsQueryOptions("diagnosis"));
  const { names, ready } = useResumeNames();
  const previous = recent.data && ready ? previousDiagnosis(job, recent.data.items, names) : null;
  const listed = previous && isDiagnosisResult(previous.job.result) ? previous.job.result : null;
  // List items may leave the result out: then ask for that job.
  const detail = useQuery({
    ...jobQueryOptions("diagnosis", previous?.job.id ?? ""),
    enabled: previous !== null && listed === null,
  });
  const previousResult = listed ?? (isDiagnosisResult(detail.data?.job.result) ? detail.data.job.result : null);
  if (!previous) {
    return recent.data && ready ? (
      <p className="text-slate-500 text-sm" data-testid="score-change-none">
        {t("diagnosis.delta.first")}
      </p>
    ) : null;
  }
  if (!previousResult) return null;
  const filename = names.get(previous.job.resumeId);
  return (
    <p className="flex flex-wrap items-center gap-2 text-slate-600 text-sm" data-testid="score-change">
      <ScoreDelta delta={score - previousResult.score} />
      <span>
        {t(previous.sameFile ? "diagnosis.delta.vsSame" : "diagnosis.delta.vsOther", {
          score: previousResult.score,
          date: formatDate(previous.job.createdAt, locale),
          name: filename ?? t("job.meta.resumeDeleted"),
        })}{" "}
        <Link to="/app/diagnoses/$diagnosisId" params={{ diagnosisId: previous.job.id }} className={linkClass}>
          {t("diagnosis.delta.view")}
        </Link>
      </span>
    </p>
  );
}
