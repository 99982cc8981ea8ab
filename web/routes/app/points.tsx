import { useInfiniteQuery } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { type LedgerEntry, ledgerQueryOptions } from "../../api-client/billing.ts";
import { Loading, LoadMore, QueryError } from "../../components/billing.tsx";
import { linkClass, primaryButtonClass } from "../../components/form.tsx";
import { pageTitleClass } from "../../components/page.tsx";
import { isMessageKey, type TFunction, useI18n } from "../../i18n/index.tsx";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format.ts";
import { useMe } from "../../lib/me.ts";

export const Route = createFileRoute("/app/points")({
  component: Points,
});

/** The reason's name; an unknown (newer) reason shows as is. */
function reasonLabel(reason: string, t: TFunction): string {
  const key = `ledger.reason.${reason}`;
  return isMessageKey(key) ? t(key) : reason;
}

function Points() {
  const { t, locale } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const ledger = useInfiniteQuery(ledgerQueryOptions());
  const items = ledger.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="max-w-5xl space-y-8">
      <h1 className={pageTitleClass}>{t("points.title")}</h1>
      <section
        aria-labelledby="balance-title"
        className="flex flex-wrap items-center justify-between gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <div>
          <h2 id="balance-title" className="text-slate-500 text-sm">
            {t("points.balance")}
          </h2>
          <p
            className="mt-1 font-bold text-4xl text-slate-900 tabular-nums tracking-tight"
            data-testid="points-balance"
          >
            {formatNumber(user.pointsBalance, locale)}
          </p>
        </div>
        <Link to="/app/recharge" className={primaryButtonClass}>
          {t("points.recharge")}
        </Link>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="font-semibold text-lg text-slate-900">
          {t("points.history")}
        </h2>
        <p className="mt-1 text-slate-600 text-sm">{t("points.expiryNote")}</p>
        <div className="mt-4">
          {ledger.isPending ? (
            <Loading />
          ) : ledger.isError ? (
            <QueryError
              message={t("points.error", { message: ledger.error.message })}
              onRetry={() => void ledger.refetch()}
              retrying={ledger.isFetching}
            />
          ) : items.length === 0 ? (
            <p className="rounded-2xl border border-slate-300 border-dashed bg-white p-8 text-center text-slate-600">
              {t("points.empty")}
            </p>
          ) : (
            <>
              <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
                <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="ledger">
                  <caption className="sr-only">{t("points.caption")}</caption>
                  <thead className="bg-slate-50 text-slate-600">
                    <tr>
                      <th scope="col" className="px-4 py-3 font-medium">
                        {t("points.col.time")}
                      </th>
                      <th scope="col" className="px-4 py-3 font-medium">
                        {t("points.col.reason")}
                      </th>
                      <th scope="col" className="px-4 py-3 text-right font-medium">
                        {t("points.col.delta")}
                      </th>
                      <th scope="col" className="px-4 py-3 font-medium">
                        {t("points.col.expiresAt")}
                      </th>
                      <th scope="col" className="px-4 py-3 font-medium">
                        {t("points.col.ref")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {items.map((entry) => (
                      <LedgerRow key={entry.id} entry={entry} />
                    ))}
                  </tbody>
                </table>
              </div>
              {ledger.hasNextPage ? (
                <LoadMore loading={ledger.isFetchingNextPage} onClick={() => void ledger.fetchNextPage()} />
              ) : null}
            </>
          )}
        </div>
      </section>
    </div>
  );
}

function LedgerRow({ entry }: { entry: LedgerEntry }) {
  const { t, locale } = useI18n();
  const positive = entry.delta > 0;
  const delta = `${positive ? "+" : entry.delta < 0 ? "−" : ""}${formatNumber(Math.abs(entry.delta), locale)}`;
  return (
    <tr data-reason={entry.reason}>
      <td className="whitespace-nowrap px-4 py-3 text-slate-600">
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, locale)}</time>
      </td>
      <td className="px-4 py-3 font-medium text-slate-900">{reasonLabel(entry.reason, t)}</td>
      <td
        className={`whitespace-nowrap px-4 py-3 text-right font-semibold tabular-nums ${positive ? "text-emerald-700" : "text-slate-700"}`}
        data-testid="ledger-delta"
      >
        {delta}
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-slate-600">
        {entry.expiresAt ? (
          <time dateTime={entry.expiresAt}>{formatDate(entry.expiresAt, locale)}</time>
        ) : positive ? (
          t("points.noExpiry")
        ) : (
          <span aria-hidden="true">—</span>
        )}
      </td>
      <td className="whitespace-nowrap px-4 py-3">
        {entry.refType === "order" && entry.refId ? (
          <Link to="/app/orders/$orderId" params={{ orderId: entry.refId }} className={linkClass}>
            {t("points.order")}
          </Link>
        ) : null}
      </td>
    </tr>
  );
}
