import { env } from "cloudflare:test";
import { createApp } from "../../worker/app";
import type { Order } from "../../worker/modules/billing/schemas";
import { Browser, signedIn } from "../api/auth/support";
import { ORIGIN } from "../helpers";
import { ensurePlans } from "../points/support";

export { ensurePlans };

/** A signed-in buyer with a helper to create orders under an Idempotency-Key. */
export async function buyer() {
  const account = await signedIn(new Browser());
  const order = async (body: unknown, key: string = crypto.randomUUID()) => {
    const res = await account.browser.post("/billing/orders", body, { "Idempotency-Key": key });
    return { res, order: res.status === 201 ? ((await res.json()) as { order: Order }).order : null };
  };
  return { ...account, order };
}

export async function userRow(id: string) {
  return env.DB.prepare("SELECT points_balance AS points, total_paid_fen AS paid, tier FROM users WHERE id = ?")
    .bind(id)
    .first<{ points: number; paid: number; tier: string }>();
}

export async function orderRow(id: string) {
  return env.DB.prepare("SELECT status, paid_at AS paidAt, provider_transaction_id AS txid FROM orders WHERE id = ?")
    .bind(id)
    .first<{ status: string; paidAt: number | null; txid: string | null }>();
}

export async function creditRows(orderId: string) {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM points_ledger WHERE idempotency_key = ?")
    .bind(`order:${orderId}`)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function anomaliesFor(ref: string) {
  return (
    await env.DB.prepare("SELECT kind FROM anomalies WHERE ref = ? ORDER BY kind").bind(ref).all<{ kind: string }>()
  ).results.map((r) => r.kind);
}

/** Calls the API with extra bindings (e.g. a configured WeChat Pay) through the real app. */
export function apiWith(bindings: Record<string, string>, path: string, init: RequestInit = {}) {
  return createApp().request(`${ORIGIN}/api/v1${path}`, init, { ...env, ...bindings });
}

/** POSTs a WeChat Pay notification (headers + raw body) to the notify route. */
export function deliver(
  notification: { headers: Record<string, string>; body: string },
  bindings: Record<string, string> = {},
) {
  return apiWith(bindings, "/billing/wechatpay/notify", {
    method: "POST",
    headers: { ...notification.headers, "Content-Type": "application/json" },
    body: notification.body,
  });
}

/** A request from `browser` (its cookie, IP and Origin) to the app running with extra bindings. */
export async function browserWith(
  browser: Browser,
  bindings: Record<string, string>,
  method: string,
  path: string,
  json?: unknown,
  headers: Record<string, string> = {},
) {
  return apiWith(bindings, path, {
    method,
    headers: {
      Origin: ORIGIN,
      "CF-Connecting-IP": browser.ip,
      ...(browser.cookie ? { Cookie: `zm_session=${browser.cookie}` } : {}),
      ...(json === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
}
