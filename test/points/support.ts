import { env } from "cloudflare:test";
import { createDb, type Db } from "../../worker/db/client";
import { newId } from "../../worker/db/ids";
import { auditUserBalance } from "../../worker/modules/points/ledger";

export const db: Db = createDb(env.DB);

/** A fresh user row (unique id, email and invite code) with no points. */
export async function newUser(): Promise<string> {
  const id = newId();
  await env.DB.prepare("INSERT INTO users (id, email, password_hash, invite_code) VALUES (?, ?, 'x', ?)")
    .bind(id, `u-${id.toLowerCase()}@example.test`, `I${id}`)
    .run();
  return id;
}

/** The plans the memberships foreign key needs (tests may run in any order and storage may be fresh). */
export async function ensurePlans(): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO plans (code, name_zh, name_en, price_fen, days, points, active, sort) VALUES
      ('week', '周卡', 'Weekly pass', 1990, 7, 100, 1, 10),
      ('month', '月卡', 'Monthly pass', 5990, 30, 400, 1, 20),
      ('quarter', '季卡', 'Quarterly pass', 14900, 90, 1200, 1, 30)
    ON CONFLICT (code) DO NOTHING`,
  ).run();
}

export async function expectConsistent(userId: string): Promise<number> {
  const audit = await auditUserBalance(db, userId);
  if (!audit.ok) throw new Error(`ledger invariant broken for ${userId}: ${audit.problems.join("; ")}`);
  return audit.cached;
}

export async function lots(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT id, idempotency_key AS key, remaining, expires_at AS expiresAt FROM points_ledger WHERE user_id = ? AND remaining IS NOT NULL ORDER BY expires_at",
  )
    .bind(userId)
    .all<{ id: string; key: string; remaining: number; expiresAt: number }>();
  return results;
}

export async function remainingOf(key: string): Promise<number | null> {
  return env.DB.prepare("SELECT remaining FROM points_ledger WHERE idempotency_key = ?")
    .bind(key)
    .first<number>("remaining");
}

export async function rowsOf(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT id, delta, reason, idempotency_key AS key, hold_id AS holdId, ref_type AS refType, ref_id AS refId FROM points_ledger WHERE user_id = ?",
  )
    .bind(userId)
    .all<{
      id: string;
      delta: number;
      reason: string;
      key: string;
      holdId: string | null;
      refType: string | null;
      refId: string | null;
    }>();
  return results;
}

export const DAY = 24 * 60 * 60 * 1000;
