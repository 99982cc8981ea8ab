import type { AdminOrder, Refund } from "../../api-client/admin.ts";
import type { User } from "../../api-client/schemas.ts";
import { isMessageKey, type TFunction } from "../../i18n/index.tsx";

/** Pure helpers of the admin billing pages (amounts, refund previews, anomaly references). */

/** Support reads; only admins write (the API answers 403 otherwise). */
export const canWriteBilling = (user: Pick<User, "role">) => user.role === "admin";

/** "12", "12.5", "12.50" (yuan, at most two decimals) → fen; anything else → null. */
export function parseYuan(text: string): number | null {
  const match = text.trim().match(/^(\d{1,9})(?:\.(\d{1,2}))?$/);
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Fen as the text of a yuan input: 10000 → "100.00". */
export const fenToYuanText = (fen: number) => (fen / 100).toFixed(2);

/** What can still be refunded: amount − refunded − pending refunds (as the API computes it). */
export function refundableFen(order: AdminOrder, refunds: readonly Refund[]): number {
  const pending = refunds.filter((r) => r.status === "pending").reduce((sum, r) => sum + r.amountFen, 0);
  return Math.max(0, order.amountFen - order.refundedFen - pending);
}

/**
 * Points a refund of `amountFen` takes back: its share of the order's points, cumulatively rounded down
 * (as worker/modules/billing/refunds.ts `plannedPoints`; for plan orders the server takes at most what is
 * left of the plan's points).
 */
export function refundPoints(order: AdminOrder, refunds: readonly Refund[], amountFen: number): number {
  if (order.points <= 0 || order.amountFen <= 0) return 0;
  const before = order.amountFen - refundableFen(order, refunds);
  const share = (fen: number) => Math.floor((order.points * Math.min(fen, order.amountFen)) / order.amountFen);
  return Math.max(0, share(before + amountFen) - share(before));
}

/** A transfer order the buyer has not paid yet: an admin records the money when it arrives. */
export const awaitsTransfer = (order: AdminOrder) =>
  order.provider === "transfer" && (order.status === "created" || order.status === "paying");

export const isRefundable = (order: AdminOrder, refunds: readonly Refund[]) =>
  order.status === "paid" && refundableFen(order, refunds) > 0;

/** The anomaly kind's name; an unknown (newer) kind shows as is. */
export function anomalyKindLabel(kind: string, t: TFunction): string {
  const key = `admin.anomaly.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** Where an anomaly's `ref` points: an order by id (`order:<id>`), one by outTradeNo, or nothing known. */
export function anomalyRefTarget(ref: string | null): { orderId: string } | { q: string } | null {
  if (!ref) return null;
  const order = ref.match(/^order:([0-9A-Za-z_-]{1,64})$/);
  if (order?.[1]) return { orderId: order[1] };
  const outTradeNo = ref.match(/^out_trade_no:(\S{1,64})$/);
  if (outTradeNo?.[1]) return { q: outTradeNo[1] };
  return null;
}

/** Pretty-printed JSON of an anomaly's details (stable for any value, even unserializable ones). */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value ?? null, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
