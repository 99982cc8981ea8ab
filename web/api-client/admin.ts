/**
 * Typed calls for the admin billing API (worker/modules/admin/billing-routes.ts): orders, transfers,
 * refunds and anomalies. Imports zod through the shared schemas: use only from lazily loaded route
 * components.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import {
  AdminOrderDetailSchema,
  AdminOrderListSchema,
  AnomalyEnvelopeSchema,
  AnomalyListSchema,
  type AnomalySchema,
  type RefundBodySchema,
  RefundResultSchema,
  type RefundSchema,
  type TransferReceivedBodySchema,
  TransferReceivedResultSchema,
} from "../../worker/modules/admin/schemas.ts";
import type { OrderProviderSchema, OrderStatusSchema } from "../../worker/modules/billing/schemas.ts";
import { apiFetch } from "./client.ts";

export type { AdminOrder } from "../../worker/modules/admin/schemas.ts";
export type AdminOrderDetail = z.infer<typeof AdminOrderDetailSchema>;
export type Refund = z.infer<typeof RefundSchema>;
export type Anomaly = z.infer<typeof AnomalySchema>;
export type AnomalyStatus = Anomaly["status"];
export type OrderStatus = z.infer<typeof OrderStatusSchema>;
export type OrderProvider = z.infer<typeof OrderProviderSchema>;
export type TransferReceivedBody = z.input<typeof TransferReceivedBodySchema>;
export type RefundBody = z.input<typeof RefundBodySchema>;

export {
  RefundBodySchema,
  TransferReceivedBodySchema,
} from "../../worker/modules/admin/schemas.ts";

/** Filters of the order search (all optional; `q` = reference code, outTradeNo, order id or email). */
export interface AdminOrderFilters {
  status?: OrderStatus;
  provider?: OrderProvider;
  q?: string;
}

const PAGE_SIZE = 20;
const orderPath = (id: string) => `/api/v1/admin/orders/${encodeURIComponent(id)}`;

function listPath(path: string, params: Record<string, string | undefined>, cursor: string | null): string {
  const search = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  if (cursor) search.set("cursor", cursor);
  return `${path}?${search}`;
}

export const adminKeys = {
  all: ["admin"] as const,
  orders: ["admin", "orders"] as const,
  orderList: (filters: AdminOrderFilters) =>
    ["admin", "orders", "list", filters.status ?? "", filters.provider ?? "", filters.q ?? ""] as const,
  order: (id: string) => ["admin", "orders", "one", id] as const,
  anomalies: ["admin", "anomalies"] as const,
  anomalyList: (status: AnomalyStatus) => ["admin", "anomalies", "list", status] as const,
};

export const adminOrdersQueryOptions = (filters: AdminOrderFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.orderList(filters),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(listPath("/api/v1/admin/orders", { ...filters }, pageParam), { schema: AdminOrderListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const adminOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: adminKeys.order(id),
    queryFn: ({ signal }) => apiFetch(orderPath(id), { schema: AdminOrderDetailSchema, signal }),
    staleTime: 0,
  });

export const anomaliesQueryOptions = (status: AnomalyStatus) =>
  infiniteQueryOptions({
    queryKey: adminKeys.anomalyList(status),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(listPath("/api/v1/admin/anomalies", { status }, pageParam), { schema: AnomalyListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const adminApi = {
  /** Admin only. The amount must equal the order amount; an order already paid answers `credited: false`. */
  transferReceived: (orderId: string, body: TransferReceivedBody) =>
    apiFetch(`${orderPath(orderId)}/transfer-received`, {
      method: "POST",
      body,
      schema: TransferReceivedResultSchema,
    }),
  /**
   * Admin only. One refund per `Idempotency-Key`: reuse the key when retrying the same refund (a lost
   * answer, or `force` after a 409 `points_spent`), so that it is never made twice.
   */
  refund: (orderId: string, body: RefundBody, idempotencyKey: string) =>
    apiFetch(`${orderPath(orderId)}/refund`, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      schema: RefundResultSchema,
    }),
  /** Admin only; resolving a resolved anomaly changes nothing. */
  resolveAnomaly: (id: string, note?: string) =>
    apiFetch(`/api/v1/admin/anomalies/${encodeURIComponent(id)}/resolve`, {
      method: "POST",
      body: note ? { note } : {},
      schema: AnomalyEnvelopeSchema,
    }),
};
