import { useQuery } from "@tanstack/react-query";
import { createFileRoute } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { type AdminOrder, adminOrderQueryOptions, type Refund } from "../../../api-client/admin.ts";
import { awaitsTransfer, canWriteBilling, isRefundable } from "../../../components/admin/billing.ts";
import { type ActionNotice, RefundAction, TransferReceivedAction } from "../../../components/admin/OrderActions.tsx";
import { OrderStatusBadge, QueryBody } from "../../../components/billing.tsx";
import { Alert } from "../../../components/form.tsx";
import { SubPage } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { formatDateTime, formatFen, formatNumber } from "../../../lib/format.ts";
import { useMe } from "../../../lib/me.ts";
import { orderDisplayStatus, orderItemLabel } from "../../../lib/orders.ts";

export const Route = createFileRoute("/admin/orders/$orderId")({
  component: AdminOrderPage,
});

function AdminOrderPage() {
  const { t } = useI18n();
  const { orderId } = Route.useParams();
  const query = useQuery(adminOrderQueryOptions(orderId));

  return (
    <SubPage
      className="max-w-5xl"
      back="/admin/orders"
      backLabel={t("admin.order.back")}
      title={t("admin.order.title")}
    >
      <QueryBody
        query={query}
        notFound={<Alert tone="warning" title={t("admin.order.notFound")} />}
        errorMessage={(message) => t("admin.order.error", { message })}
      >
        {(data) => <OrderDetail order={data.order} refunds={data.refunds} />}
      </QueryBody>
    </SubPage>
  );
}

function OrderDetail({ order, refunds }: { order: AdminOrder; refunds: readonly Refund[] }) {
  const { t, locale } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const canWrite = canWriteBilling(user);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const points = (n: number) => formatNumber(n, locale);

  // After an action, move focus to its outcome (the form it came from may have disappeared).
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const dash = "—";
  return (
    <div className="space-y-6">
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="focus:outline-none" data-testid="action-notice">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      ) : null}
      <section
        aria-label={t("admin.order.summary")}
        className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
        data-testid="admin-order"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-slate-500 text-sm">{t("admin.order.amount")}</p>
            <p className="mt-1 font-bold text-3xl text-slate-900 tracking-tight" data-testid="order-amount">
              {formatFen(order.amountFen, locale)}
            </p>
            {order.refundedFen > 0 ? (
              <p className="mt-1 text-sky-800 text-sm">
                {t("admin.orders.refundedAmount", { amount: formatFen(order.refundedFen, locale) })}
              </p>
            ) : null}
          </div>
          <div data-testid="order-status" data-status={order.status}>
            <OrderStatusBadge status={orderDisplayStatus(order)} />
          </div>
        </div>
        <dl className="mt-5 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Detail label={t("admin.order.item")}>{orderItemLabel(order, t, points)}</Detail>
          <Detail label={t("admin.order.points")}>{points(order.points)}</Detail>
          <Detail label={t("admin.order.provider")}>{t(`order.provider.${order.provider}`)}</Detail>
          <Detail label={t("admin.order.user")}>
            <span className="break-all">{order.userEmail ?? dash}</span>
          </Detail>
          <Detail label={t("admin.order.userId")}>
            <span className="break-all font-mono text-xs">{order.userId}</span>
          </Detail>
          <Detail label={t("admin.order.outTradeNo")}>
            <span className="break-all font-mono text-xs">{order.outTradeNo}</span>
          </Detail>
          {order.transferReference ? (
            <Detail label={t("admin.order.reference")}>
              <span className="font-mono font-semibold" data-testid="order-reference">
                {order.transferReference}
              </span>
            </Detail>
          ) : null}
          {order.providerTransactionId ? (
            <Detail label={t("admin.order.transactionId")}>
              <span className="break-all font-mono text-xs">{order.providerTransactionId}</span>
            </Detail>
          ) : null}
          <Detail label={t("admin.order.createdAt")}>
            <Time iso={order.createdAt} />
          </Detail>
          <Detail label={t("admin.order.paidAt")}>{order.paidAt ? <Time iso={order.paidAt} /> : dash}</Detail>
          {order.expiresAt && !order.paidAt ? (
            <Detail label={t("admin.order.expiresAt")}>
              <Time iso={order.expiresAt} />
            </Detail>
          ) : null}
          <Detail label={t("admin.order.updatedAt")}>
            <Time iso={order.updatedAt} />
          </Detail>
        </dl>
      </section>

      {awaitsTransfer(order) ? <TransferReceivedAction order={order} canWrite={canWrite} onDone={setNotice} /> : null}
      {isRefundable(order, refunds) ? (
        <RefundAction order={order} refunds={refunds} canWrite={canWrite} onDone={setNotice} />
      ) : null}

      <Refunds refunds={refunds} />
    </div>
  );
}

function Time({ iso }: { iso: string }) {
  const { locale } = useI18n();
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}

const REFUND_STYLE: Record<Refund["status"], string> = {
  pending: "bg-amber-50 text-amber-800 ring-amber-200",
  succeeded: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  failed: "bg-red-50 text-red-700 ring-red-200",
};

function Refunds({ refunds }: { refunds: readonly Refund[] }) {
  const { t, locale } = useI18n();
  const th = "whitespace-nowrap px-4 py-3 font-medium";
  return (
    <section aria-labelledby="refunds-title" className="space-y-3">
      <h2 id="refunds-title" className="font-semibold text-lg text-slate-900">
        {t("admin.refunds.title")}
      </h2>
      {refunds.length === 0 ? (
        <p className="rounded-2xl border border-slate-300 border-dashed bg-white p-6 text-center text-slate-600 text-sm">
          {t("admin.refunds.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm" data-testid="refunds">
            <caption className="sr-only">{t("admin.refunds.title")}</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className={th}>
                  {t("admin.refunds.col.createdAt")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("admin.refunds.col.amount")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("admin.refunds.col.points")}
                </th>
                <th scope="col" className={th}>
                  {t("admin.refunds.col.status")}
                </th>
                <th scope="col" className={th}>
                  {t("admin.refunds.col.reason")}
                </th>
                <th scope="col" className={th}>
                  {t("admin.refunds.col.outRefundNo")}
                </th>
                <th scope="col" className={th}>
                  {t("admin.refunds.col.succeededAt")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {refunds.map((refund) => (
                <tr key={refund.id} data-status={refund.status}>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                    <Time iso={refund.createdAt} />
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right text-slate-900 tabular-nums">
                    {formatFen(refund.amountFen, locale)}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right text-slate-900 tabular-nums">
                    −{formatNumber(refund.points, locale)}
                  </td>
                  <td className="px-4 py-3">
                    <span
                      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${REFUND_STYLE[refund.status]}`}
                    >
                      {t(`admin.refundStatus.${refund.status}`)}
                    </span>
                  </td>
                  <td className="max-w-[16rem] break-words px-4 py-3 text-slate-700">{refund.reason ?? "—"}</td>
                  <td className="px-4 py-3">
                    <span className="break-all font-mono text-slate-600 text-xs">{refund.outRefundNo}</span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                    {refund.succeededAt ? <Time iso={refund.succeededAt} /> : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
