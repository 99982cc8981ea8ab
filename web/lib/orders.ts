import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useRef } from "react";
import { billingApi, type CreateOrderBody, isOrderExpired, type Order } from "../api-client/billing.ts";
import type { MessageKey, TFunction } from "../i18n/index.tsx";
import { useIdempotencyKey } from "./idempotency.ts";

/**
 * Creates an order and opens its pay page. Double-submit safe: a call while one is running is ignored,
 * and every call for the same body (double click, retry after an error) carries the same
 * `Idempotency-Key`, so the server answers with the same order.
 */
export function useCreateOrder() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const attempt = useIdempotencyKey();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: CreateOrderBody; key: string }) => billingApi.createOrder(body, key),
    onSuccess: async ({ order }) => {
      attempt.done();
      queryClient.setQueryData(["billing", "orders", "one", order.id], { order });
      void queryClient.invalidateQueries({ queryKey: ["billing", "orders", "list"] });
      await router.navigate({ to: "/app/orders/$orderId", params: { orderId: order.id } });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  function create(body: CreateOrderBody, options?: { onError?: (error: Error) => void }) {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate({ body, key: attempt.keyFor(JSON.stringify(body)) }, { onError: options?.onError });
  }

  return { create, mutation };
}

/** The body that buys the same thing again (after an order expired or was closed). */
export function reorderBody(order: Order): CreateOrderBody {
  const payMethod = order.provider === "transfer" ? "transfer" : "wechatpay";
  if (order.kind === "plan" && order.planCode) return { kind: "plan", planCode: order.planCode, payMethod };
  return { kind: "recharge", amountFen: order.amountFen, payMethod };
}

export type OrderDisplayStatus =
  | "awaitingPayment"
  | "awaitingTransfer"
  | "expired"
  | "paid"
  | "closed"
  | "refunded"
  | "failed";

/** What the buyer sees: an open QR order past its expiry is "expired" before the server closes it. */
export function orderDisplayStatus(order: Order, now = Date.now()): OrderDisplayStatus {
  switch (order.status) {
    case "created":
    case "paying":
      if (order.provider === "transfer") return "awaitingTransfer";
      return isOrderExpired(order, now) ? "expired" : "awaitingPayment";
    default:
      return order.status;
  }
}

export const orderStatusKey = (status: OrderDisplayStatus): MessageKey => `order.status.${status}`;

/** "200 points" or "Monthly pass". */
export function orderItemLabel(order: Order, t: TFunction, formatPoints: (n: number) => string): string {
  if (order.kind === "plan" && order.planCode) return t(`pricing.plan.${order.planCode}`);
  return t("pay.item.recharge", { points: formatPoints(order.points) });
}
