/**
 * Typed calls for billing and points (API.md "Billing and points"). Imports zod through the shared
 * schemas: use only from lazily loaded route components.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import {
  type CreateOrderBodySchema,
  LedgerPageSchema,
  type Order,
  OrderEnvelopeSchema,
  OrderListSchema,
  PlanListSchema,
  PublicBillingConfigSchema,
} from "../../worker/modules/billing/schemas.ts";
import type { Locale } from "../i18n/index.tsx";
import { ApiError, apiFetch } from "./client.ts";

export type { Order, Plan, PlanCode, PublicBillingConfig } from "../../worker/modules/billing/schemas.ts";
export type LedgerEntry = z.infer<typeof LedgerPageSchema>["items"][number];
/** What the web sends: the input side (pay method optional, the server defaults it). */
export type CreateOrderBody = z.input<typeof CreateOrderBodySchema>;

/** Answer of the development-only payment simulator (worker/modules/billing/simulator-routes.ts). */
const SimulatedScanSchema = z.object({ notifyStatus: z.number().int().optional() });

const orderPath = (id: string) => `/api/v1/billing/orders/${encodeURIComponent(id)}`;

/** Pay-page polling interval while a WeChat Pay order is open. */
export const ORDER_POLL_MS = 2000;
/** A transfer is confirmed by an admin: look again now and then. */
const TRANSFER_POLL_MS = 30_000;
/** Keep asking a little after the QR expired: a payment made at the last second still lands. */
const EXPIRY_GRACE_MS = 60_000;

export const isOrderOpen = (order: Pick<Order, "status">) => order.status === "created" || order.status === "paying";

/** Open but past `expiresAt`: WeChat Pay no longer accepts it (the audit cron closes it later). */
export const isOrderExpired = (order: Pick<Order, "status" | "expiresAt">, now = Date.now()) =>
  isOrderOpen(order) && order.expiresAt !== null && Date.parse(order.expiresAt) <= now;

export const billingApi = {
  /**
   * `Idempotency-Key`: one per purchase attempt, reused on retries, so a double submit (or a retry after
   * a lost answer) yields the same order.
   */
  createOrder: (body: CreateOrderBody, idempotencyKey: string) =>
    apiFetch("/api/v1/billing/orders", {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      schema: OrderEnvelopeSchema,
    }),
  cancelOrder: (id: string) =>
    apiFetch(`${orderPath(id)}/cancel`, { method: "POST", body: {}, schema: OrderEnvelopeSchema }),
  /**
   * Development only (config.simulator): the simulator delivers a signed notification to the notify route;
   * `202 {notifyStatus}`. A refused notification (not 2xx) is reported as an error.
   */
  simulateScan: async (id: string) => {
    let notifyStatus: number | undefined;
    try {
      ({ notifyStatus } = await apiFetch(`/api/v1/dev/payments/${encodeURIComponent(id)}/scan`, {
        method: "POST",
        body: {},
        schema: SimulatedScanSchema,
      }));
    } catch (e) {
      // A bare `202` (no body) is fine too.
      if (!(e instanceof ApiError && e.code === "INVALID_RESPONSE" && e.status === 202)) throw e;
    }
    if (notifyStatus !== undefined && (notifyStatus < 200 || notifyStatus >= 300)) {
      throw new Error(`notify HTTP ${notifyStatus}`);
    }
  },
};

/** The payment QR code (an SVG drawn by the API from the order's `codeUrl`). */
export const orderQrUrl = (id: string) => `${orderPath(id)}/qr.svg`;

// Keyed by locale: names and error messages follow Accept-Language.
export const plansQueryOptions = (locale: Locale) =>
  queryOptions({
    queryKey: ["billing", "plans", locale],
    queryFn: ({ signal }) => apiFetch("/api/v1/billing/plans", { schema: PlanListSchema, signal }),
    staleTime: 5 * 60_000,
  });

/** The public business rules: tiers, entitlements, recharge bounds, point costs, simulator. */
export const billingConfigQueryOptions = () =>
  queryOptions({
    queryKey: ["billing", "config"],
    queryFn: ({ signal }) => apiFetch("/api/v1/billing/config", { schema: PublicBillingConfigSchema, signal }),
    staleTime: 5 * 60_000,
  });

/** One order; polls while it can still change (every 2 s for a QR payment). */
export const orderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["billing", "orders", "one", id],
    queryFn: ({ signal }) => apiFetch(orderPath(id), { schema: OrderEnvelopeSchema, signal }),
    staleTime: 0,
    refetchInterval: (query) => {
      const order = query.state.data?.order;
      if (!order || !isOrderOpen(order)) return false;
      if (order.provider === "transfer") return TRANSFER_POLL_MS;
      if (order.expiresAt && Date.parse(order.expiresAt) + EXPIRY_GRACE_MS < Date.now()) return false;
      return ORDER_POLL_MS;
    },
  });

const PAGE_SIZE = 20;
const withCursor = (path: string, cursor: string | null) =>
  `${path}?limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;

export const ordersQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["billing", "orders", "list"],
    queryFn: ({ pageParam, signal }) =>
      apiFetch(withCursor("/api/v1/billing/orders", pageParam), { schema: OrderListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const ledgerQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["points", "ledger"],
    queryFn: ({ pageParam, signal }) =>
      apiFetch(withCursor("/api/v1/points/ledger", pageParam), { schema: LedgerPageSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
