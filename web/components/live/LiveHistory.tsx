import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { interviewsQueryOptions, isLiveOpen, type LiveKind, meetingsQueryOptions } from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatDateTime, formatNumber } from "../../lib/format.ts";
import { EmptyState } from "../analysis.tsx";
import { Loading, LoadMore, QueryError } from "../billing.tsx";
import { linkClass, primaryButtonClass } from "../form.tsx";
import { LiveStatusBadge, ScorePill } from "./common.tsx";

const th = "px-4 py-3 font-medium";

type Summary = { id: string; createdAt: string; status: "created" | "active" | "ended" };

/**
 * Sessions of one kind, newest first: time, the kind's own columns (`head`, `cells`), a link to each
 * (`name` labels it); an invitation to start one when there are none.
 */
function LiveHistory<T extends Summary>({
  kind,
  query,
  head,
  cells,
  name,
}: {
  kind: LiveKind;
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  head: ReactNode;
  cells: (session: T) => ReactNode;
  name: (session: T) => string;
}) {
  const { t, locale } = useI18n();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <QueryError
        message={t("job.listError", { message: query.error.message })}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  if (items.length === 0)
    return (
      <EmptyState
        action={
          <Link to={kind === "interview" ? "/app/interviews/new" : "/app/meetings/new"} className={primaryButtonClass}>
            {t(`${kind}s.new`)}
          </Link>
        }
      >
        {t(`${kind}s.empty`)}
      </EmptyState>
    );

  const view = (s: T) => {
    const label = t("live.viewLabel", { name: name(s), date: formatDateTime(s.createdAt, locale) });
    const text = isLiveOpen(s) ? t("live.continue") : t("job.view");
    return kind === "interview" ? (
      <Link to="/app/interviews/$interviewId" params={{ interviewId: s.id }} className={linkClass} aria-label={label}>
        {text}
      </Link>
    ) : (
      <Link to="/app/meetings/$meetingId" params={{ meetingId: s.id }} className={linkClass} aria-label={label}>
        {text}
      </Link>
    );
  };

  return (
    <>
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm" data-testid="live-history">
          <caption className="sr-only">{t(`${kind}s.caption`)}</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className={th}>
                {t("job.col.createdAt")}
              </th>
              {head}
              <th scope="col" className={th}>
                <span className="sr-only">{t("job.col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((s) => (
              <tr key={s.id} data-session-id={s.id}>
                <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                  <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
                </td>
                {cells(s)}
                <td className="whitespace-nowrap px-4 py-3 text-right">{view(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {query.hasNextPage ? (
        <LoadMore loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}

/** Mock interviews: target role, style and questions, status, overall score. */
export function InterviewHistory() {
  const { t, locale } = useI18n();
  const query = useInfiniteQuery(interviewsQueryOptions());
  return (
    <LiveHistory
      kind="interview"
      query={query}
      name={(s) => s.targetRole}
      head={
        <>
          <th scope="col" className={th}>
            {t("job.col.targetRole")}
          </th>
          <th scope="col" className={th}>
            {t("interviews.col.format")}
          </th>
          <th scope="col" className={th}>
            {t("job.col.status")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("job.col.score")}
          </th>
        </>
      }
      cells={(s) => (
        <>
          <td className="max-w-[14rem] truncate px-4 py-3 font-medium text-slate-900">{s.targetRole}</td>
          <td className="whitespace-nowrap px-4 py-3 text-slate-700">
            {t(`interviews.style.${s.style}`)} ·{" "}
            {t("interviews.col.questionsN", { n: formatNumber(s.questionCount, locale) })}
          </td>
          <td className="px-4 py-3">
            <LiveStatusBadge status={s.status} />
          </td>
          <td className="whitespace-nowrap px-4 py-3 text-right">
            {s.overallScore !== null ? <ScorePill score={s.overallScore} /> : <span className="text-slate-400">—</span>}
          </td>
        </>
      )}
    />
  );
}

/** Meetings: title, status, minutes billed, points spent. */
export function MeetingHistory() {
  const { t, locale } = useI18n();
  const query = useInfiniteQuery(meetingsQueryOptions());
  return (
    <LiveHistory
      kind="meeting"
      query={query}
      name={(s) => s.title}
      head={
        <>
          <th scope="col" className={th}>
            {t("meetings.col.title")}
          </th>
          <th scope="col" className={th}>
            {t("job.col.status")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("meetings.col.minutes")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("meetings.col.points")}
          </th>
        </>
      }
      cells={(s) => (
        <>
          <td className="max-w-[16rem] truncate px-4 py-3 font-medium text-slate-900">{s.title}</td>
          <td className="px-4 py-3">
            <LiveStatusBadge status={s.status} />
          </td>
          <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
            {formatNumber(s.minutesBilled, locale)}
          </td>
          <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{formatNumber(s.pointsSpent, locale)}</td>
        </>
      )}
    />
  );
}
