import { useInfiniteQuery } from "@tanstack/react-query";
import { createFileRoute, Link, useNavigate } from "@tanstack/react-router";
import { useId, useState } from "react";
import {
  type AdminOrder,
  type AdminOrderFilters,
  adminOrdersQueryOptions,
  type OrderProvider,
  type OrderStatus,
} from "../../../api-client/admin.ts";
import { Loading, LoadMore, OrderStatusBadge, QueryError } from "../../../components/billing.tsx";
import { inputClass, linkClass, primaryButtonClass, secondaryButtonClass } from "../../../components/form.tsx";
import { pageTitleClass } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { formatDateTime, formatFen } from "../../../lib/format.ts";
import { orderDisplayStatus } from "../../../lib/orders.ts";

// Kept free of zod: this part of the route is in the initial bundle (only the component is split off).
const STATUSES: readonly OrderStatus[] = ["created", "paying", "paid", "closed", "refunded", "failed"];
const PROVIDERS: readonly OrderProvider[] = ["transfer", "wechatpay", "simulator"];

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

export const Route = createFileRoute("/admin/orders/")({
  validateSearch: (search: Record<string, unknown>): AdminOrderFilters => {
    const q = typeof search.q === "string" ? search.q.trim().slice(0, 200) : "";
    return {
      q: q || undefined,
      status: oneOf(STATUSES, search.status),
      provider: oneOf(PROVIDERS, search.provider),
    };
  },
  component: AdminOrders,
});

function AdminOrders() {
  const { t } = useI18n();
  const filters = Route.useSearch();
  const orders = useInfiniteQuery(adminOrdersQueryOptions(filters));
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.q || filters.status || filters.provider);

  return (
    <div className="max-w-6xl">
      <h1 className={pageTitleClass}>{t("admin.orders.title")}</h1>
      {/* Re-created when the URL changes (back/forward), so the fields show the filters in effect. */}
      <Filters key={`${filters.q ?? ""}|${filters.status ?? ""}|${filters.provider ?? ""}`} filters={filters} />
      <div className="mt-6" aria-busy={orders.isFetching || undefined}>
        {orders.data ? (
          items.length === 0 ? (
            <p
              role="status"
              className="rounded-2xl border border-slate-300 border-dashed bg-white p-8 text-center text-slate-600"
              data-testid="orders-empty"
            >
              {filtered ? t("admin.orders.emptyFiltered") : t("admin.orders.empty")}
            </p>
          ) : (
            <>
              <p role="status" className="sr-only">
                {t("admin.orders.count", { n: items.length })}
              </p>
              <OrderTable items={items} />
              {orders.isFetchNextPageError ? (
                <p role="alert" className="mt-4 text-red-700 text-sm">
                  {t("admin.orders.error", { message: orders.error?.message ?? "" })}
                </p>
              ) : null}
              {orders.hasNextPage ? (
                <LoadMore loading={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()} />
              ) : null}
            </>
          )
        ) : orders.isError ? (
          <QueryError
            message={t("admin.orders.error", { message: orders.error.message })}
            onRetry={() => void orders.refetch()}
            retrying={orders.isFetching}
          />
        ) : (
          <Loading />
        )}
      </div>
    </div>
  );
}

function Filters({ filters }: { filters: AdminOrderFilters }) {
  const { t } = useI18n();
  const navigate = useNavigate({ from: Route.fullPath });
  const id = useId();
  const [q, setQ] = useState(filters.q ?? "");
  const [status, setStatus] = useState<string>(filters.status ?? "");
  const [provider, setProvider] = useState<string>(filters.provider ?? "");

  const apply = (next: AdminOrderFilters) => void navigate({ search: next });
  const selectClass = `${inputClass} mt-2 pr-8`;

  return (
    <search aria-label={t("admin.orders.filters")} className="mt-6 block">
      <form
        className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          apply({
            q: q.trim() || undefined,
            status: oneOf(STATUSES, status),
            provider: oneOf(PROVIDERS, provider),
          });
        }}
      >
        <div>
          <label htmlFor={`${id}-q`} className="block font-medium text-slate-900 text-sm">
            {t("admin.orders.search")}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            placeholder={t("admin.orders.searchPlaceholder")}
            aria-describedby={`${id}-q-hint`}
            className={`mt-2 ${inputClass}`}
          />
          <p id={`${id}-q-hint`} className="sr-only">
            {t("admin.orders.searchHint")}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-status`} className="block font-medium text-slate-900 text-sm">
            {t("admin.orders.status")}
          </label>
          <select
            id={`${id}-status`}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            className={selectClass}
          >
            <option value="">{t("admin.common.all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`admin.orderStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-provider`} className="block font-medium text-slate-900 text-sm">
            {t("admin.orders.provider")}
          </label>
          <select
            id={`${id}-provider`}
            name="provider"
            value={provider}
            onChange={(e) => setProvider(e.target.value)}
            className={selectClass}
          >
            <option value="">{t("admin.common.all")}</option>
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {t(`order.provider.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={primaryButtonClass}>
            {t("admin.orders.submit")}
          </button>
          {filters.q || filters.status || filters.provider ? (
            <button type="button" className={secondaryButtonClass} onClick={() => apply({})}>
              {t("admin.orders.clear")}
            </button>
          ) : null}
        </div>
      </form>
    </search>
  );
}

function OrderTable({ items }: { items: readonly AdminOrder[] }) {
  const { t, locale } = useI18n();
  const th = "whitespace-nowrap px-4 py-3 font-medium";
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm" data-testid="admin-orders">
        <caption className="sr-only">{t("admin.orders.caption")}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className={th}>
              {t("admin.orders.col.createdAt")}
            </th>
            <th scope="col" className={th}>
              {t("admin.orders.col.order")}
            </th>
            <th scope="col" className={th}>
              {t("admin.orders.col.user")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("admin.orders.col.amount")}
            </th>
            <th scope="col" className={th}>
              {t("admin.orders.col.provider")}
            </th>
            <th scope="col" className={th}>
              {t("admin.orders.col.status")}
            </th>
            <th scope="col" className={th}>
              {t("admin.orders.col.paidAt")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("admin.orders.col.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((order) => (
            <tr key={order.id} data-order-id={order.id} data-status={order.status}>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                <time dateTime={order.createdAt}>{formatDateTime(order.createdAt, locale)}</time>
              </td>
              <td className="px-4 py-3">
                <span className="block break-all font-mono text-slate-900 text-xs">{order.outTradeNo}</span>
                {order.transferReference ? (
                  <span className="mt-0.5 block text-slate-500 text-xs">
                    {t("admin.orders.reference")}{" "}
                    <span className="font-mono font-semibold text-slate-700">{order.transferReference}</span>
                  </span>
                ) : null}
              </td>
              <td className="min-w-[14rem] break-all px-4 py-3 text-slate-900">{order.userEmail ?? order.userId}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right text-slate-900 tabular-nums">
                {formatFen(order.amountFen, locale)}
                {order.refundedFen > 0 ? (
                  <span className="block text-sky-700 text-xs">
                    {t("admin.orders.refundedAmount", { amount: formatFen(order.refundedFen, locale) })}
                  </span>
                ) : null}
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{t(`order.provider.${order.provider}`)}</td>
              <td className="px-4 py-3">
                <OrderStatusBadge status={orderDisplayStatus(order)} />
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                {order.paidAt ? <time dateTime={order.paidAt}>{formatDateTime(order.paidAt, locale)}</time> : "—"}
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-right">
                <Link
                  to="/admin/orders/$orderId"
                  params={{ orderId: order.id }}
                  className={linkClass}
                  aria-label={t("admin.orders.viewLabel", { id: order.outTradeNo })}
                >
                  {t("admin.orders.view")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
