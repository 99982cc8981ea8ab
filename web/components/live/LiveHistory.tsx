import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import {
  type InterviewSummary,
  interviewsQueryOptions,
  isLiveOpen,
  type MeetingSummary,
  meetingsQueryOptions,
} from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatDateTime, formatNumber } from "../../lib/format.ts";
import { EmptyState } from "../analysis.tsx";
import { Loading, LoadMore, QueryError } from "../billing.tsx";
import { linkClass, primaryButtonClass } from "../form.tsx";
import { LiveStatusBadge, ScorePill } from "./common.tsx";

const th = "px-4 py-3 font-medium";

function HistoryTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm" data-testid="live-history">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** Mock interviews, newest first: time, target role, style and questions, status, overall score. */
export function InterviewHistory() {
  const { t, locale } = useI18n();
  const query = useInfiniteQuery(interviewsQueryOptions());
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
          <Link to="/app/interviews/new" className={primaryButtonClass}>
            {t("interviews.new")}
          </Link>
        }
      >
        {t("interviews.empty")}
      </EmptyState>
    );

  const row = (s: InterviewSummary) => (
    <tr key={s.id} data-session-id={s.id}>
      <td className="whitespace-nowrap px-4 py-3 text-slate-600">
        <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
      </td>
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
      <td className="whitespace-nowrap px-4 py-3 text-right">
        <Link
          to="/app/interviews/$interviewId"
          params={{ interviewId: s.id }}
          className={linkClass}
          aria-label={t("live.viewLabel", { name: s.targetRole, date: formatDateTime(s.createdAt, locale) })}
        >
          {isLiveOpen(s) ? t("live.continue") : t("job.view")}
        </Link>
      </td>
    </tr>
  );

  return (
    <>
      <HistoryTable
        caption={t("interviews.caption")}
        head={
          <>
            <th scope="col" className={th}>
              {t("job.col.createdAt")}
            </th>
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
            <th scope="col" className={th}>
              <span className="sr-only">{t("job.col.actions")}</span>
            </th>
          </>
        }
      >
        {items.map(row)}
      </HistoryTable>
      {query.hasNextPage ? (
        <LoadMore loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}

/** Meetings, newest first: time, title, status, minutes billed, points spent. */
export function MeetingHistory() {
  const { t, locale } = useI18n();
  const query = useInfiniteQuery(meetingsQueryOptions());
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
          <Link to="/app/meetings/new" className={primaryButtonClass}>
            {t("meetings.new")}
          </Link>
        }
      >
        {t("meetings.empty")}
      </EmptyState>
    );

  const row = (s: MeetingSummary) => (
    <tr key={s.id} data-session-id={s.id}>
      <td className="whitespace-nowrap px-4 py-3 text-slate-600">
        <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
      </td>
      <td className="max-w-[16rem] truncate px-4 py-3 font-medium text-slate-900">{s.title}</td>
      <td className="px-4 py-3">
        <LiveStatusBadge status={s.status} />
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{formatNumber(s.minutesBilled, locale)}</td>
      <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{formatNumber(s.pointsSpent, locale)}</td>
      <td className="whitespace-nowrap px-4 py-3 text-right">
        <Link
          to="/app/meetings/$meetingId"
          params={{ meetingId: s.id }}
          className={linkClass}
          aria-label={t("live.viewLabel", { name: s.title, date: formatDateTime(s.createdAt, locale) })}
        >
          {isLiveOpen(s) ? t("live.continue") : t("job.view")}
        </Link>
      </td>
    </tr>
  );

  return (
    <>
      <HistoryTable
        caption={t("meetings.caption")}
        head={
          <>
            <th scope="col" className={th}>
              {t("job.col.createdAt")}
            </th>
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
            <th scope="col" className={th}>
              <span className="sr-only">{t("job.col.actions")}</span>
            </th>
          </>
        }
      >
        {items.map(row)}
      </HistoryTable>
      {query.hasNextPage ? (
        <LoadMore loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}
