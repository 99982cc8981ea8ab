import { Link } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import type { EndReason, MeetingResult, MeetingSessionView } from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatDateTime, formatNumber } from "../../lib/format.ts";
import { cardClass } from "../analysis.tsx";
import { Alert, primaryButtonClass, Spinner, secondaryButtonClass } from "../form.tsx";
import { LiveStatusBadge } from "./common.tsx";

/** A receipt line's time of day, with seconds. */
const formatTime = (iso: string, locale: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { timeStyle: "medium" }).format(d);
};

/** Title, language, time, price, status. */
export function MeetingMeta({ session }: { session: MeetingSessionView }) {
  const { t, locale } = useI18n();
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-3 text-sm" data-testid="meeting-meta">
      <div>
        <dt className="text-slate-500">{t("live.form.language")}</dt>
        <dd className="mt-0.5 font-medium text-slate-900">{t(`live.language.${session.language}`)}</dd>
      </div>
      <div>
        <dt className="text-slate-500">{t("job.meta.createdAt")}</dt>
        <dd className="mt-0.5 font-medium text-slate-900">
          <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, locale)}</time>
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">{t("meetings.form.price")}</dt>
        <dd className="mt-0.5 font-medium text-slate-900">
          {t("meetings.perMinute", { points: formatNumber(session.pointsPerMinute, locale) })}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">{t("job.meta.status")}</dt>
        <dd className="mt-0.5">
          <LiveStatusBadge status={session.status} />
        </dd>
      </div>
      {session.context ? (
        <div className="basis-full">
          <dt className="text-slate-500">{t("meetings.form.context")}</dt>
          <dd className="mt-0.5 whitespace-pre-wrap text-slate-900">{session.context}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * An ended meeting: summary, action items, and the itemised receipt (each billed minute with its points
 * and time) with the totals. The receipt comes with the session from the API; `receiptPending` while the
 * page waits for the ended session to be recorded.
 */
export function MeetingResultView({
  session,
  result,
  reason,
  receiptPending,
  focus,
}: {
  session: MeetingSessionView;
  result: MeetingResult;
  reason: EndReason | null;
  receiptPending: boolean;
  focus?: boolean;
}) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const receipt = session.receipt ?? [];
  const minutes = session.status === "ended" ? session.minutesBilled : result.minutesBilled;
  const spent = session.status === "ended" ? session.pointsSpent : receipt.reduce((sum, line) => sum + line.points, 0);

  return (
    <div className="space-y-6" data-testid="meeting-result">
      <section aria-labelledby="meeting-summary-title" className={cardClass}>
        <h2
          ref={heading}
          id="meeting-summary-title"
          tabIndex={-1}
          className="font-semibold text-lg text-slate-900 focus:outline-none"
        >
          {t("meeting.result.summary")}
        </h2>
        {reason === "balance" ? (
          <div className="mt-3">
            <Alert tone="warning">
              {t("meeting.result.balance")}{" "}
              <Link to="/app/recharge" className="font-semibold underline">
                {t("job.cost.recharge")}
              </Link>
            </Alert>
          </div>
        ) : reason === "timeout" ? (
          <div className="mt-3">
            <Alert tone="info">{t("meeting.result.timeout")}</Alert>
          </div>
        ) : null}
        <p className="mt-3 whitespace-pre-wrap text-slate-700 leading-7" data-testid="meeting-summary">
          {result.summary || t("meeting.result.noSummary")}
        </p>
      </section>

      <section aria-labelledby="action-items-title" className={cardClass}>
        <h2 id="action-items-title" className="font-semibold text-lg text-slate-900">
          {t("meeting.result.actionItems")}
        </h2>
        {result.actionItems.length === 0 ? (
          <p className="mt-3 text-slate-600 text-sm">{t("meeting.result.noActionItems")}</p>
        ) : (
          <ul className="mt-3 space-y-2" data-testid="action-items">
            {result.actionItems.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of texts
              <li key={i} className="flex gap-2 text-slate-800 text-sm">
                <span aria-hidden="true" className="mt-1 size-3.5 shrink-0 rounded border border-slate-400" />
                {item}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="receipt-title" className={cardClass}>
        <h2 id="receipt-title" className="font-semibold text-lg text-slate-900">
          {t("meeting.receipt.title")}
        </h2>
        <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2 text-sm" data-testid="receipt-totals">
          <div>
            <dt className="text-slate-500">{t("meeting.receipt.minutes")}</dt>
            <dd className="font-semibold text-lg text-slate-900 tabular-nums" data-testid="receipt-minutes">
              {formatNumber(minutes, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("meeting.receipt.points")}</dt>
            <dd className="font-semibold text-lg text-slate-900 tabular-nums" data-testid="receipt-points">
              {formatNumber(spent, locale)}
            </dd>
          </div>
        </dl>
        {receiptPending ? (
          <p role="status" className="mt-3 flex items-center gap-2 text-slate-600 text-sm">
            <Spinner /> {t("meeting.receipt.pending")}
          </p>
        ) : receipt.length === 0 ? (
          <p className="mt-3 text-slate-600 text-sm">{t("meeting.receipt.empty")}</p>
        ) : (
          <div className="mt-4 overflow-x-auto rounded-xl border border-slate-200">
            <table className="w-full min-w-[24rem] border-collapse text-left text-sm" data-testid="receipt">
              <caption className="sr-only">{t("meeting.receipt.title")}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("meeting.receipt.col.minute")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("meeting.receipt.col.time")}
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    {t("meeting.receipt.col.points")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {receipt.map((line) => (
                  <tr key={line.minute} data-minute={line.minute}>
                    <td className="px-4 py-2 tabular-nums">{t("meeting.receipt.minuteN", { n: line.minute })}</td>
                    <td className="px-4 py-2 text-slate-600">
                      <time dateTime={line.at}>{formatTime(line.at, locale)}</time>
                    </td>
                    <td className="px-4 py-2 text-right font-medium tabular-nums">
                      {formatNumber(line.points, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="bg-slate-50 font-semibold">
                <tr>
                  <th scope="row" className="px-4 py-2 text-left" colSpan={2}>
                    {t("meeting.receipt.total")}
                  </th>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(spent, locale)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <Link to="/app/meetings/new" className={primaryButtonClass}>
          {t("meeting.again")}
        </Link>
        <Link to="/app/meetings" className={secondaryButtonClass}>
          {t("meetings.back")}
        </Link>
      </div>
    </div>
  );
}
