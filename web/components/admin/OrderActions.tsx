import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useId, useRef, useState } from "react";
import {
  type AdminOrder,
  type AdminOrderDetail,
  adminApi,
  adminKeys,
  type Refund,
  type RefundBody,
  RefundBodySchema,
  type TransferReceivedBody,
  TransferReceivedBodySchema,
} from "../../api-client/admin.ts";
import { isApiError } from "../../api-client/client.ts";
import { useI18n } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";
import { formatFen, formatNumber } from "../../lib/format.ts";
import { useIdempotencyKey } from "../../lib/idempotency.ts";
import { ConfirmDialog, dangerButtonClass } from "../ConfirmDialog.tsx";
import { Alert, primaryButtonClass, TextField } from "../form.tsx";
import { fenToYuanText, parseYuan, refundableFen, refundPoints } from "./billing.ts";

/** The transfer and refund forms of the admin order page. */

export interface ActionNotice {
  tone: "success" | "info" | "warning";
  text: string;
}

/** A titled box of the order page holding one action; `readOnlyHintId` explains disabled controls. */
function ActionCard({
  title,
  testId,
  readOnlyHintId,
  children,
}: {
  title: string;
  testId: string;
  readOnlyHintId?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      data-testid={testId}
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="font-semibold text-lg text-slate-900">
        {title}
      </h2>
      {readOnlyHintId ? (
        <p id={readOnlyHintId} className="mt-2 rounded-lg bg-slate-100 px-3 py-2 text-slate-700 text-sm">
          {t("admin.readOnly")}
        </p>
      ) : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Puts the order of a write's answer into the cached detail and refreshes the lists. */
function useOrderWritten(orderId: string) {
  const queryClient = useQueryClient();
  return (order: AdminOrder | null) => {
    if (order) {
      queryClient.setQueryData<AdminOrderDetail>(adminKeys.order(orderId), (prev) =>
        prev ? { ...prev, order } : prev,
      );
    }
    void queryClient.invalidateQueries({ queryKey: adminKeys.order(orderId) });
    void queryClient.invalidateQueries({ queryKey: [...adminKeys.orders, "list"] });
  };
}

const conflictReason = (error: unknown): string | undefined => {
  if (!isApiError(error) || error.code !== "CONFLICT") return undefined;
  const details = error.details as { reason?: unknown } | undefined;
  return typeof details?.reason === "string" ? details.reason : undefined;
};

// ---------------------------------------------------------------------------------------------------------
// transfer received

export function TransferReceivedAction({
  order,
  canWrite,
  onDone,
}: {
  order: AdminOrder;
  canWrite: boolean;
  onDone: (notice: ActionNotice) => void;
}) {
  const { t, locale } = useI18n();
  const written = useOrderWritten(order.id);
  const form = useForm(["amountFen", "note"] as const);
  const hintId = useId();
  const [amount, setAmount] = useState(() => fenToYuanText(order.amountFen));
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState<TransferReceivedBody | null>(null);
  const inFlight = useRef(false);
  const orderAmount = formatFen(order.amountFen, locale);
  const points = formatNumber(order.points, locale);

  const mutation = useMutation({
    mutationFn: (body: TransferReceivedBody) => adminApi.transferReceived(order.id, body),
    onSuccess: (data) => {
      setConfirming(null);
      written(data.order);
      onDone(
        data.credited
          ? { tone: "success", text: t("admin.transfer.done", { points: formatNumber(data.order.points, locale) }) }
          : { tone: "info", text: t("admin.transfer.already") },
      );
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "VALIDATION_FAILED") {
        setConfirming(null);
        form.handleError(error);
      } else if (conflictReason(error)) {
        // Closed or changed meanwhile: show the current state.
        written(null);
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!canWrite) return;
    const amountFen = parseYuan(amount);
    const extra =
      amountFen === null
        ? { amountFen: t("admin.amountInvalid") }
        : amountFen !== order.amountFen
          ? { amountFen: t("admin.transfer.amountMismatch", { amount: orderAmount }) }
          : {};
    const body = form.validate(
      TransferReceivedBodySchema,
      { amountFen: amountFen ?? order.amountFen, note: note.trim() || undefined },
      extra,
    );
    if (!body) return;
    mutation.reset();
    setConfirming(body);
  }

  function confirm() {
    if (!confirming || inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(confirming);
  }

  const disabled = !canWrite || mutation.isPending;
  const amountBinding = form.field("amountFen");
  const noteBinding = form.field("note");
  return (
    <ActionCard
      title={t("admin.transfer.title")}
      testId="transfer-received"
      readOnlyHintId={canWrite ? undefined : hintId}
    >
      <p className="text-slate-700 text-sm">
        {t("admin.transfer.intro", { reference: order.transferReference ?? "—", points })}
      </p>
      <form noValidate onSubmit={submit} className="mt-4 grid gap-4 sm:max-w-md">
        <TextField
          binding={amountBinding}
          label={t("admin.transfer.amount")}
          hint={t("admin.transfer.amountHint", { amount: orderAmount })}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
          required
          disabled={disabled}
        />
        <TextField
          binding={noteBinding}
          label={t("admin.transfer.note")}
          optional
          value={note}
          onChange={setNote}
          maxLength={500}
          autoComplete="off"
          disabled={disabled}
        />
        {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
        <div>
          <button
            type="submit"
            className={primaryButtonClass}
            disabled={disabled}
            aria-describedby={canWrite ? undefined : hintId}
          >
            {t("admin.transfer.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t("admin.transfer.confirmTitle")}
        confirmLabel={t("admin.transfer.confirm")}
        pendingLabel={t("admin.transfer.pending")}
        pending={mutation.isPending}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
        testId="transfer-dialog"
      >
        <p>
          {t("admin.transfer.confirmBody", {
            amount: orderAmount,
            reference: order.transferReference ?? "—",
            order: order.outTradeNo,
            email: order.userEmail ?? order.userId,
            points,
          })}
        </p>
        {mutation.isError ? (
          <Alert tone="error">{t("admin.transfer.failed", { message: mutation.error.message })}</Alert>
        ) : null}
      </ConfirmDialog>
    </ActionCard>
  );
}

// ---------------------------------------------------------------------------------------------------------
// refund

interface PointsSpent {
  required: number;
  available: number;
}

function pointsSpentOf(error: unknown): PointsSpent | null {
  if (conflictReason(error) !== "points_spent" || !isApiError(error)) return null;
  const details = error.details as { required?: unknown; available?: unknown };
  return { required: Number(details.required ?? 0), available: Math.max(0, Number(details.available ?? 0)) };
}

export function RefundAction({
  order,
  refunds,
  canWrite,
  onDone,
}: {
  order: AdminOrder;
  refunds: readonly Refund[];
  canWrite: boolean;
  onDone: (notice: ActionNotice) => void;
}) {
  const { t, locale } = useI18n();
  const written = useOrderWritten(order.id);
  const form = useForm(["amountFen", "reason"] as const);
  const attempt = useIdempotencyKey();
  const hintId = useId();
  const refundable = refundableFen(order, refunds);
  const [amount, setAmount] = useState(() => fenToYuanText(refundable));
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState<RefundBody | null>(null);
  const inFlight = useRef(false);

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: RefundBody; key: string }) => adminApi.refund(order.id, body, key),
    onSuccess: (data) => {
      attempt.done();
      setConfirming(null);
      setReason("");
      if (data.refund.status !== "failed") setAmount(fenToYuanText(Math.max(0, refundable - data.refund.amountFen)));
      written(data.order);
      onDone({
        tone: data.refund.status === "succeeded" ? "success" : "info",
        text: t("admin.refund.done", {
          amount: formatFen(data.refund.amountFen, locale),
          points: formatNumber(data.refund.points, locale),
          status: t(`admin.refundStatus.${data.refund.status}`),
        }),
      });
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      if (error.code === "VALIDATION_FAILED") {
        setConfirming(null);
        form.handleError(error);
        written(null);
      } else if (error.code === "REFUND_FAILED") {
        // The refund exists (failed: points given back; pending: settled later). A new attempt gets a new key
        // only when this one definitely failed.
        if ((error.details as { status?: unknown } | undefined)?.status === "failed") attempt.done();
        written(null);
      } else if (conflictReason(error) && conflictReason(error) !== "points_spent") {
        written(null);
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const parsed = parseYuan(amount);
  const previewPoints =
    parsed !== null && parsed > 0 && parsed <= refundable ? refundPoints(order, refunds, parsed) : null;
  const pointsText = (points: number) =>
    t(order.kind === "plan" ? "admin.refund.pointsPlan" : "admin.refund.points", {
      points: formatNumber(points, locale),
    });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!canWrite) return;
    const extra =
      parsed === null || parsed <= 0 || parsed > refundable
        ? { amountFen: t("admin.refund.amountInvalid", { max: formatFen(refundable, locale) }) }
        : {};
    const body = form.validate(RefundBodySchema, { amountFen: parsed ?? 1, reason }, extra);
    if (!body) return;
    mutation.reset();
    setConfirming({ amountFen: body.amountFen, reason: body.reason });
  }

  function send(force: boolean) {
    if (!confirming || inFlight.current) return;
    inFlight.current = true;
    // The same key for the same amount: a retry (lost answer, or forcing after 409) is the same refund.
    const key = attempt.keyFor(String(confirming.amountFen));
    mutation.mutate({ body: force ? { ...confirming, force: true } : confirming, key });
  }

  const spent = mutation.isError ? pointsSpentOf(mutation.error) : null;
  const disabled = !canWrite || mutation.isPending;
  const refundFailedStatus =
    mutation.isError && isApiError(mutation.error) && mutation.error.code === "REFUND_FAILED"
      ? (mutation.error.details as { status?: unknown } | undefined)?.status
      : undefined;

  return (
    <ActionCard title={t("admin.refund.title")} testId="refund" readOnlyHintId={canWrite ? undefined : hintId}>
      <p className="text-slate-700 text-sm" data-testid="refundable">
        {t("admin.refund.refundable", { amount: formatFen(refundable, locale) })}
      </p>
      <form noValidate onSubmit={submit} className="mt-4 grid gap-4 sm:max-w-md">
        <TextField
          binding={form.field("amountFen")}
          label={t("admin.refund.amount")}
          hint={previewPoints !== null ? pointsText(previewPoints) : undefined}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
          required
          disabled={disabled}
        />
        <TextField
          binding={form.field("reason")}
          label={t("admin.refund.reason")}
          hint={t("admin.refund.reasonHint")}
          value={reason}
          onChange={setReason}
          maxLength={80}
          autoComplete="off"
          required
          disabled={disabled}
        />
        {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
        <div>
          <button
            type="submit"
            className={dangerButtonClass}
            disabled={disabled}
            aria-describedby={canWrite ? undefined : hintId}
          >
            {t("admin.refund.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t("admin.refund.confirmTitle")}
        confirmLabel={t("admin.refund.confirm")}
        pendingLabel={t("admin.refund.pending")}
        pending={mutation.isPending}
        tone="danger"
        onConfirm={() => send(false)}
        onClose={() => setConfirming(null)}
        testId="refund-dialog"
        actions={
          spent ? (
            <button
              type="button"
              className={dangerButtonClass}
              disabled={mutation.isPending}
              aria-busy={mutation.isPending || undefined}
              onClick={() => send(true)}
            >
              {mutation.isPending ? t("admin.refund.pending") : t("admin.refund.force")}
            </button>
          ) : undefined
        }
      >
        {confirming ? (
          <>
            <p>
              {t("admin.refund.confirmBody", {
                amount: formatFen(confirming.amountFen, locale),
                email: order.userEmail ?? order.userId,
                order: order.outTradeNo,
                reason: confirming.reason,
              })}
            </p>
            <p className="font-medium text-slate-900">
              {pointsText(refundPoints(order, refunds, confirming.amountFen))}
            </p>
          </>
        ) : null}
        {spent ? (
          <Alert tone="warning" title={t("admin.refund.pointsSpentTitle")}>
            {t("admin.refund.pointsSpent", {
              required: formatNumber(spent.required, locale),
              available: formatNumber(spent.available, locale),
            })}
          </Alert>
        ) : mutation.isError ? (
          <Alert tone="error">
            {refundFailedStatus === "failed"
              ? t("admin.refund.providerFailed", { message: mutation.error.message })
              : refundFailedStatus === "pending"
                ? t("admin.refund.providerPending", { message: mutation.error.message })
                : conflictReason(mutation.error) === "order_not_paid"
                  ? t("admin.refund.notPaid")
                  : t("admin.refund.failed", { message: mutation.error.message })}
          </Alert>
        ) : null}
      </ConfirmDialog>
    </ActionCard>
  );
}
