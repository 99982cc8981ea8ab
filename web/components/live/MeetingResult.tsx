import { Link } from "@tanstack/react-router";
import type { EndReason, MeetingResult, MeetingSessionView } from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatNumber } from "../../lib/format.ts";
import { Alert, primaryButtonClass, Spinner, secondaryButtonClass } from "../form.tsx";
import { CardSection, LiveMeta } from "./common.tsx";

/** A receipt line's time of day, with seconds. */
const formatTime = (iso: string, locale: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { timeStyle: "medium" }).format(d);
};

/** The meeting's title over its language, time, price, status and context. */
export function MeetingMeta({ session }: { session: MeetingSessionView }) {
  const { t, locale } = useI18n();
  return (
    <div>
      <h2 className="font-semibold text-slate-900 text-xl" data-testid="meeting-title">
        {session.title}
      </h2>
      <div className="mt-3">
        <LiveMeta
          testId="meeting-meta"
          session={session}
          costLabel={t("meetings.form.price")}
          cost={t("meetings.perMinute", { points: formatNumber(session.pointsPerMinute, locale) })}
          note={session.context ? { label: t("meetings.form.context"), text: session.context } : undefined}
        />
      </div>
    </div>
  );
}

/**
 * An ended meeting: summary, action items, and the itemised receipt (each billed minute with its points
 * and time) with the totals. The receipt comes with the session from the API: pending while the page
 * waits for the ended session to be recorded.
 */
export function MeetingResultView({
  session,
  result,
  reason,
  focus,
}: {
  session: MeetingSessionView;
  result: MeetingResult;
  reason: EndReason | null;
  focus: boolean;
}) {
  const { t, locale } = useI18n();
  const receiptPending = session.status !== "ended";
  const receipt = session.receipt ?? [];
  const minutes = session.status === "ended" ? session.minutesBilled : result.minutesBilled;
  const spent = session.status === "ended" ? session.pointsSpent : receipt.reduce((sum, line) => sum + line.points, 0);

  return (
    <div className="space-y-6" data-testid="meeting-result">
      <CardSection id="meeting-summary-title" title={t("meeting.result.summary")} focus={focus}>
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
      </CardSection>

      <CardSection id="action-items-title" title={t("meeting.result.actionItems")}>
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
      </CardSection>

      <CardSection id="receipt-title" title={t("meeting.receipt.title")}>
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
      </CardSection>

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
