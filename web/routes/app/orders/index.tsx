import { useInfiniteQuery } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { ordersQueryOptions } from "../../../api-client/billing.ts";
import { Loading, LoadMore, OrderStatusBadge, QueryError } from "../../../components/billing.tsx";
import { linkClass, primaryButtonClass } from "../../../components/form.tsx";
import { pageTitleClass } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { formatDateTime, formatFen, formatNumber } from "../../../lib/format.ts";
import { orderDisplayStatus, orderItemLabel } from "../../../lib/orders.ts";

export const Route = createFileRoute("/app/orders/")({
  component: Orders,
});

function Orders() {
  const { t, locale } = useI18n();
  const orders = useInfiniteQuery(ordersQueryOptions());
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  const points = (n: number) => formatNumber(n, locale);

  return (
    <div className="max-w-5xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className={pageTitleClass}>{t("orders.title")}</h1>
        <Link to="/app/recharge" className={primaryButtonClass}>
          {t("points.recharge")}
        </Link>
      </div>
      <div className="mt-6">
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <QueryError
            message={t("orders.error", { message: orders.error.message })}
            onRetry={() => void orders.refetch()}
            retrying={orders.isFetching}
          />
        ) : items.length === 0 ? (
          <p className="rounded-2xl border border-slate-300 border-dashed bg-white p-8 text-center text-slate-600">
            {t("orders.empty")}{" "}
            <Link to="/app/recharge" className={linkClass}>
              {t("pricing.recharge.cta")}
            </Link>
          </p>
        ) : (
          <>
            <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
              <table className="w-full min-w-[40rem] border-collapse text-left text-sm" data-testid="orders">
                <caption className="sr-only">{t("orders.caption")}</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("orders.col.createdAt")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("orders.col.item")}
                    </th>
                    <th scope="col" className="px-4 py-3 text-right font-medium">
                      {t("orders.col.amount")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("orders.col.method")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("orders.col.status")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      <span className="sr-only">{t("orders.col.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {items.map((order) => {
                    const status = orderDisplayStatus(order);
                    const open = status === "awaitingPayment" || status === "awaitingTransfer";
                    return (
                      <tr key={order.id} data-order-id={order.id}>
                        <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                          <time dateTime={order.createdAt}>{formatDateTime(order.createdAt, locale)}</time>
                        </td>
                        <td className="px-4 py-3 font-medium text-slate-900">{orderItemLabel(order, t, points)}</td>
                        <td className="whitespace-nowrap px-4 py-3 text-right text-slate-900 tabular-nums">
                          {formatFen(order.amountFen, locale)}
                        </td>
                        <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                          {t(`order.provider.${order.provider}`)}
                        </td>
                        <td className="px-4 py-3">
                          <OrderStatusBadge status={status} />
                        </td>
                        <td className="whitespace-nowrap px-4 py-3 text-right">
                          <Link
                            to="/app/orders/$orderId"
                            params={{ orderId: order.id }}
                            className={linkClass}
                            aria-label={`${open ? t("orders.pay") : t("orders.view")} · ${t("orders.rowLabel", { id: order.outTradeNo })}`}
                          >
                            {open ? t("orders.pay") : t("orders.view")}
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {orders.hasNextPage ? (
              <LoadMore loading={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()} />
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
