import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { type ReactNode, type Ref, useEffect, useRef, useState } from "react";
import {
  billingApi,
  billingConfigQueryOptions,
  isOrderOpen,
  type Order,
  orderQrUrl,
  orderQueryOptions,
} from "../../../api-client/billing.ts";
import { CopyButton, OrderStatusBadge, QueryBody } from "../../../components/billing.tsx";
import { Alert, primaryButtonClass, Spinner, secondaryButtonClass } from "../../../components/form.tsx";
import { Icon } from "../../../components/icons.tsx";
import { SubPage } from "../../../components/page.tsx";
import { type TFunction, useI18n } from "../../../i18n/index.tsx";
import { useCountdown } from "../../../lib/cooldown.ts";
import { formatDateTime, formatFen, formatNumber } from "../../../lib/format.ts";
import {
  type OrderDisplayStatus,
  orderDisplayStatus,
  orderStatusKey,
  reorderBody,
  useCreateOrder,
} from "../../../lib/orders.ts";

export const Route = createFileRoute("/app/orders/$orderId")({
  component: PayPage,
});

/** The pay page: QR (or bank details), amount, countdown; polls until the order is paid, closed or expired. */
function PayPage() {
  const { t } = useI18n();
  const { orderId } = Route.useParams();
  const query = useQuery(orderQueryOptions(orderId));

  return (
    <SubPage className="max-w-3xl" back="/app/orders" backLabel={t("pay.backToOrders")} title={t("pay.title")}>
      <QueryBody
        query={query}
        notFound={
          <Alert tone="warning" title={t("pay.notFound.title")}>
            {t("pay.notFound.body")}
          </Alert>
        }
        errorMessage={(message) => t("pay.loadError", { message })}
      >
        {(data) => <OrderView order={data.order} pollError={query.isError ? query.error : null} />}
      </QueryBody>
    </SubPage>
  );
}

function itemText(order: Order, t: TFunction, points: string): string {
  if (order.kind === "plan" && order.planCode) {
    return t("pay.item.plan", { plan: t(`pricing.plan.${order.planCode}`), points });
  }
  return t("pay.item.recharge", { points });
}

function OrderView({ order, pollError }: { order: Order; pollError: Error | null }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  // Re-render every second while a QR order is open, so that it turns "expired" on time.
  const expiresAtMs = order.expiresAt ? Date.parse(order.expiresAt) : null;
  const secondsLeft = useCountdown(isOrderOpen(order) && order.provider !== "transfer" ? expiresAtMs : null);
  const status = orderDisplayStatus(order);
  const points = formatNumber(order.points, locale);

  // Paid: balance, tier and lists changed.
  useEffect(() => {
    if (order.status !== "paid") return;
    void queryClient.invalidateQueries({ queryKey: ["me"] });
    void queryClient.invalidateQueries({ queryKey: ["points"] });
    void queryClient.invalidateQueries({ queryKey: ["billing", "orders", "list"] });
  }, [order.status, queryClient]);

  // When the state changes while the page is open, move focus to the new state's heading.
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const shownStatus = useRef(status);
  useEffect(() => {
    if (shownStatus.current === status) return;
    shownStatus.current = status;
    resultHeading.current?.focus();
  }, [status]);

  return (
    <div className="space-y-6">
      <section
        aria-label={t("pay.orderNo")}
        className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
        data-testid="order-summary"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-slate-500 text-sm">{t("pay.amount")}</p>
            <p className="mt-1 font-bold text-3xl text-slate-900 tracking-tight" data-testid="order-amount">
              {formatFen(order.amountFen, locale)}
            </p>
          </div>
          <OrderStatusBadge status={status} />
        </div>
        <dl className="mt-5 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Detail label={t("pay.item")}>{itemText(order, t, points)}</Detail>
          <Detail label={t("pay.method")}>{t(`order.provider.${order.provider}`)}</Detail>
          <Detail label={t("pay.orderNo")}>
            <span className="break-all font-mono">{order.outTradeNo}</span>
          </Detail>
          <Detail label={t("pay.createdAt")}>
            <time dateTime={order.createdAt}>{formatDateTime(order.createdAt, locale)}</time>
          </Detail>
        </dl>
      </section>

      {pollError && isOrderOpen(order) ? (
        <Alert tone="warning">{t("pay.pollError", { message: pollError.message })}</Alert>
      ) : null}

      <p role="status" className="sr-only">
        {t(orderStatusKey(status))}
      </p>
      <div>
        {status === "awaitingPayment" ? (
          <QrPayment order={order} secondsLeft={secondsLeft} />
        ) : status === "awaitingTransfer" ? (
          <TransferPayment order={order} />
        ) : status === "paid" ? (
          <Result tone="success" headingRef={resultHeading} title={t("pay.paid.title")}>
            <p>
              {order.kind === "plan" && order.planCode
                ? t("pay.paid.plan", { plan: t(`pricing.plan.${order.planCode}`), points })
                : t("pay.paid.recharge", { points })}
            </p>
            <div className="mt-4 flex flex-wrap gap-3">
              <Link to="/app/points" className={primaryButtonClass}>
                {t("pay.paid.points")}
              </Link>
              <Link to="/app" className={secondaryButtonClass}>
                {t("pay.paid.home")}
              </Link>
            </div>
          </Result>
        ) : status === "refunded" ? (
          <Result tone="info" headingRef={resultHeading} title={t("pay.refunded.title")}>
            <p>{t("pay.refunded.body")}</p>
          </Result>
        ) : (
          <Ended order={order} status={status} headingRef={resultHeading} />
        )}
      </div>
    </div>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}

const RESULT_TONE = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
  neutral: "border-slate-200 bg-white text-slate-800",
} as const;

function Result({
  tone,
  title,
  headingRef,
  children,
}: {
  tone: keyof typeof RESULT_TONE;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <section className={`rounded-2xl border p-5 sm:p-6 ${RESULT_TONE[tone]}`} data-testid="pay-result">
      <h2 ref={headingRef} tabIndex={-1} className="flex items-center gap-2 font-semibold text-xl focus:outline-none">
        {tone === "success" ? <Icon name="check" className="size-6 text-emerald-600" /> : null}
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

const mmss = (seconds: number) =>
  `${Math.floor(seconds / 60)
    .toString()
    .padStart(2, "0")}:${(seconds % 60).toString().padStart(2, "0")}`;

function QrPayment({ order, secondsLeft }: { order: Order; secondsLeft: number }) {
  const { t } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  const [qrAttempt, setQrAttempt] = useState(0);
  const [qrFailed, setQrFailed] = useState(false);
  const qrSrc = `${orderQrUrl(order.id)}${qrAttempt ? `?attempt=${qrAttempt}` : ""}`;

  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6" aria-label={t("pay.qr.alt")}>
      <div className="flex flex-col items-center gap-6 sm:flex-row sm:items-start">
        <div className="flex size-56 shrink-0 items-center justify-center rounded-xl bg-white p-2 ring-1 ring-slate-200">
          {qrFailed ? (
            <div className="flex flex-col items-center gap-2 p-2 text-center text-sm" role="alert">
              <p className="text-red-700">{t("pay.qr.error")}</p>
              <button
                type="button"
                className={`${secondaryButtonClass} px-3 py-1.5`}
                onClick={() => {
                  setQrFailed(false);
                  setQrAttempt((n) => n + 1);
                }}
              >
                {t("pay.qr.reload")}
              </button>
            </div>
          ) : (
            <img
              src={qrSrc}
              alt={t("pay.qr.alt")}
              width={208}
              height={208}
              className="size-52"
              data-testid="pay-qr"
              onError={() => setQrFailed(true)}
            />
          )}
        </div>
        <div className="min-w-0 flex-1 space-y-4">
          <p className="text-slate-700">{t("pay.qr.instructions")}</p>
          {order.expiresAt ? (
            <p className="text-slate-700 text-sm">
              {t("pay.countdown")}{" "}
              <span role="timer" className="font-mono font-semibold text-lg text-slate-900" data-testid="pay-countdown">
                {mmss(secondsLeft)}
              </span>
            </p>
          ) : null}
          <p role="status" className="flex items-center gap-2 text-slate-600 text-sm">
            <Spinner /> {t("pay.waiting")}
          </p>
          {config.data?.simulator ? <Simulator order={order} /> : null}
          <CancelOrder order={order} />
        </div>
      </div>
    </section>
  );
}

/** Development only: the payment simulator delivers a signed WeChat Pay notification for this order. */
function Simulator({ order }: { order: Order }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const scan = useMutation({
    mutationFn: () => billingApi.simulateScan(order.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["billing", "orders", "one", order.id] }),
  });
  return (
    <div className="rounded-xl border border-amber-300 border-dashed bg-amber-50 p-4" data-testid="simulator">
      <p className="text-amber-900 text-xs">{t("pay.devNote")}</p>
      <button
        type="button"
        className="mt-3 inline-flex items-center gap-2 rounded-lg bg-amber-500 px-4 py-2 font-semibold text-sm text-white shadow-sm hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-amber-600 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60"
        disabled={scan.isPending || scan.isSuccess}
        aria-busy={scan.isPending || undefined}
        onClick={() => scan.mutate()}
      >
        {scan.isPending ? <Spinner /> : null}
        {scan.isPending ? t("pay.simulating") : t("pay.simulate")}
      </button>
      {scan.isSuccess ? <p className="mt-2 text-amber-900 text-sm">{t("pay.simulated")}</p> : null}
      {scan.isError ? (
        <div className="mt-2">
          <Alert tone="error">{t("pay.simulateFailed", { message: scan.error.message })}</Alert>
        </div>
      ) : null}
    </div>
  );
}

function CancelOrder({ order }: { order: Order }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const key = ["billing", "orders", "one", order.id];
  const cancel = useMutation({
    mutationFn: () => billingApi.cancelOrder(order.id),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      void queryClient.invalidateQueries({ queryKey: ["billing", "orders", "list"] });
    },
    // It may have been paid or closed meanwhile: show the current state.
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <div>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={cancel.isPending}
        aria-busy={cancel.isPending || undefined}
        onClick={() => cancel.mutate()}
      >
        {cancel.isPending ? (
          <>
            <Spinner />
            {t("pay.cancelling")}
          </>
        ) : (
          t("pay.cancel")
        )}
      </button>
      {cancel.isError ? (
        <div className="mt-3">
          <Alert tone="error">{t("pay.cancelFailed", { message: cancel.error.message })}</Alert>
        </div>
      ) : null}
    </div>
  );
}

function TransferPayment({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const details = order.transfer;
  const rows = details
    ? ([
        ["pay.transfer.accountName", details.accountName],
        ["pay.transfer.bankName", details.bankName],
        ["pay.transfer.accountNumber", details.accountNumber],
      ] as const)
    : [];
  return (
    <section
      aria-labelledby="transfer-title"
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      data-testid="transfer"
    >
      <h2 id="transfer-title" className="font-semibold text-lg text-slate-900">
        {t("pay.transfer.title")}
      </h2>
      {details ? (
        <>
          <p className="mt-2 text-slate-700">
            {t("pay.transfer.instructions", { amount: formatFen(order.amountFen, locale) })}
          </p>
          <dl className="mt-5 divide-y divide-slate-100 rounded-xl border border-slate-200">
            <div className="flex flex-wrap items-center justify-between gap-2 bg-indigo-50 px-4 py-3">
              <dt className="font-medium text-indigo-900 text-sm">{t("pay.transfer.reference")}</dt>
              <dd className="flex items-center gap-2">
                <span className="font-bold font-mono text-indigo-900 text-lg" data-testid="transfer-reference">
                  {details.reference}
                </span>
                <CopyButton value={details.reference} field={t("pay.transfer.reference")} />
              </dd>
            </div>
            {rows.map(([label, value]) => (
              <div key={label} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <dt className="text-slate-500 text-sm">{t(label)}</dt>
                <dd className="flex items-center gap-2 font-medium text-slate-900">
                  <span className="break-all">{value}</span>
                  <CopyButton value={value} field={t(label)} />
                </dd>
              </div>
            ))}
          </dl>
          {order.expiresAt ? (
            <p className="mt-4 text-slate-700 text-sm">
              {t("pay.transfer.deadline", { date: formatDateTime(order.expiresAt, locale) })}
            </p>
          ) : null}
          <p className="mt-2 text-slate-500 text-sm">{t("pay.transfer.waiting")}</p>
        </>
      ) : (
        <div className="mt-3">
          <Alert tone="warning">{t("pay.transfer.missing")}</Alert>
        </div>
      )}
      <div className="mt-5">
        <CancelOrder order={order} />
      </div>
    </section>
  );
}

const ENDED_TEXT = {
  expired: { title: "pay.expired.title", body: "pay.expired.body" },
  closed: { title: "pay.closed.title", body: "pay.closed.body" },
  failed: { title: "pay.failed.title", body: "pay.failed.body" },
} as const;

/** Expired, closed or failed: nothing was charged; offer to order the same again. */
function Ended({
  order,
  status,
  headingRef,
}: {
  order: Order;
  status: OrderDisplayStatus;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useI18n();
  const { create, mutation } = useCreateOrder();
  const text = ENDED_TEXT[status as keyof typeof ENDED_TEXT] ?? ENDED_TEXT.closed;
  return (
    <Result tone="neutral" headingRef={headingRef} title={t(text.title)}>
      <p className="text-slate-600">{t(text.body)}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          className={primaryButtonClass}
          disabled={mutation.isPending}
          aria-busy={mutation.isPending || undefined}
          onClick={() => create(reorderBody(order))}
        >
          {mutation.isPending ? (
            <>
              <Spinner />
              {t("pay.retrying")}
            </>
          ) : (
            t("pay.retry")
          )}
        </button>
        <Link to="/app/orders" className={secondaryButtonClass}>
          {t("pay.backToOrders")}
        </Link>
      </div>
      {mutation.isError ? (
        <div className="mt-3">
          <Alert tone="error">{t("pay.retryFailed", { message: mutation.error.message })}</Alert>
        </div>
      ) : null}
    </Result>
  );
}
