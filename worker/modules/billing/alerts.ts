// Alerts admins about billing anomalies: for each anomaly not alerted yet (whoever raised it — the audit
// cron, a notification, a settlement), one in-app message per admin (kind `billing_anomaly`, zh-CN) and one
// email per admin (template `billing-anomaly`, in the admin's language). Exactly one alert per anomaly: the
// messages and `anomalies.alerted_at` are written in one atomic batch gated on `alerted_at IS NULL`, and
// only the run whose batch claimed the anomaly sends the emails.

import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type Anomaly, anomalies, users } from "../../db/schema";
import { NOW_MS } from "../../db/schema/columns";
import { enqueueEmail } from "../../lib/email";
import { log } from "../../lib/logger";
import { runBatch } from "../points/batch";

/** Anomalies alerted per run; the rest wait for the next run (oldest first). */
export const ALERT_BATCH = 50;
/** Recipients per alert (admins are few; this only bounds a mistake). */
const MAX_ADMINS = 50;

export const ANOMALY_MESSAGE_KIND = "billing_anomaly";

const KIND_LABELS: Record<string, string> = {
  notify_unknown_order: "支付通知找不到对应订单",
  notify_amount_mismatch: "支付通知金额与订单不符",
  notify_merchant_mismatch: "支付通知商户号或 AppID 不符",
  paid_after_close: "订单关闭后收到付款",
  paid_without_credit: "订单已支付但未入账积分",
  credit_without_paid_order: "积分入账但订单未支付",
  credit_amount_mismatch: "入账积分与订单不符",
  daily_total_mismatch: "当日支付总额与积分流水不符",
  balance_mismatch: "用户积分余额与流水合计不符",
};

export const anomalyLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

function summarize(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const text = Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(", ");
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}

type Admin = { id: string; email: string; name: string | null; locale: string };

/**
 * Alerts admins about up to `limit` anomalies nobody was alerted about yet. Answers how many were alerted
 * now. With no admin account, anomalies are still marked alerted (logged): there is nobody to tell, and
 * they stay visible under /admin/anomalies.
 */
export async function alertPendingAnomalies(env: Env, db: Db, limit = ALERT_BATCH) {
  const pending = await db
    .select()
    .from(anomalies)
    .where(isNull(anomalies.alertedAt))
    .orderBy(anomalies.createdAt)
    .limit(limit);
  if (pending.length === 0) return { alerted: 0, emails: 0 };
  const admins: Admin[] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.role, "admin"))
    .limit(MAX_ADMINS);
  if (admins.length === 0) log("warn", "billing: anomalies but no admin to alert", { count: pending.length });

  let alerted = 0;
  let emails = 0;
  for (const anomaly of pending) {
    if (!(await claimAndMessage(db, anomaly, admins))) continue;
    alerted++;
    for (const admin of admins) {
      try {
        await enqueueEmail(env, db, {
          to: admin.email,
          userId: admin.id,
          locale: admin.locale === "en" ? "en" : "zh-CN",
          template: "billing-anomaly",
          data: {
            name: admin.name ?? "",
            kind: anomaly.kind,
            ref: anomaly.ref ?? "",
            summary: summarize(anomaly.detailsJson),
            link: new URL("/admin", env.APP_URL).toString(),
          },
        });
        emails++;
      } catch (error) {
        log("error", "billing: anomaly alert email failed", {
          anomalyId: anomaly.id,
          adminUserId: admin.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
  return { alerted, emails };
}

/** Writes the admins' messages and marks the anomaly alerted, atomically and only once. */
async function claimAndMessage(db: Db, anomaly: Anomaly, admins: Admin[]): Promise<boolean> {
  const unalerted = sql`EXISTS (SELECT 1 FROM anomalies WHERE id = ${anomaly.id} AND alerted_at IS NULL)`;
  const title = `账务异常：${anomalyLabel(anomaly.kind)}`;
  const body = [
    `类型：${anomaly.kind}`,
    anomaly.ref ? `对象：${anomaly.ref}` : null,
    `详情：${summarize(anomaly.detailsJson) || "无"}`,
    `发现时间：${anomaly.createdAt.toISOString()}`,
    "请在管理后台核查处理，完成后标记为已解决。",
  ]
    .filter(Boolean)
    .join("\n");
  const data = JSON.stringify({ anomalyId: anomaly.id, kind: anomaly.kind, ref: anomaly.ref });
  const results = await runBatch(db, [
    // Gated on the pre-state; the last statement flips it, so a concurrent run writes nothing.
    ...admins.map(
      (admin) => sql`INSERT INTO messages (id, user_id, kind, title, body, data_json, created_at)
        SELECT ${newId()}, ${admin.id}, ${ANOMALY_MESSAGE_KIND}, ${title}, ${body}, ${data}, ${NOW_MS}
        WHERE ${unalerted}`,
    ),
    db
      .update(anomalies)
      .set({ alertedAt: new Date() })
      .where(and(eq(anomalies.id, anomaly.id), isNull(anomalies.alertedAt))),
  ]);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}
