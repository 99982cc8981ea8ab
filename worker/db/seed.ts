// Idempotent seed SQL, built from plain data (no fs, no env) so scripts/seed.ts and tests can both use it.
import type { BusinessConfig } from "../modules/billing/defaults";
import { BUSINESS_CONFIG_KEY } from "../modules/billing/defaults";
import { NOW_MS_SQL } from "./schema/columns";
import type { UserRole } from "./schema/enums";

export interface SeedUser {
  id: string;
  email: string;
  passwordHash: string;
  name: string;
  role: UserRole;
  inviteCode: string;
  locale?: string;
}

export interface SeedOptions {
  config: BusinessConfig;
  users?: SeedUser[];
  /**
   * true (development): plans and config are reset to `config` on every run.
   * false (production): existing rows win, so admin edits are never overwritten.
   */
  overwrite: boolean;
}

export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

const values = (row: (string | number | boolean | null)[]) => `(${row.map(sqlLiteral).join(", ")})`;

export function seedPlansSql(config: BusinessConfig, overwrite: boolean): string {
  const rows = config.plans.map((plan, i) =>
    values([plan.code, plan.nameZh, plan.nameEn, plan.priceFen, plan.days, plan.points, true, (i + 1) * 10]),
  );
  const onConflict = overwrite
    ? `DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, price_fen = excluded.price_fen,
  days = excluded.days, points = excluded.points, active = excluded.active, sort = excluded.sort, updated_at = ${NOW_MS_SQL}`
    : "DO NOTHING";
  return `INSERT INTO plans (code, name_zh, name_en, price_fen, days, points, active, sort) VALUES
  ${rows.join(",\n  ")}
ON CONFLICT (code) ${onConflict};`;
}

export function seedConfigSql(config: BusinessConfig, overwrite: boolean): string {
  const onConflict = overwrite
    ? `DO UPDATE SET value_json = excluded.value_json, updated_at = ${NOW_MS_SQL}, updated_by_user_id = NULL`
    : "DO NOTHING";
  return `INSERT INTO app_config (key, value_json) VALUES ${values([BUSINESS_CONFIG_KEY, JSON.stringify(config)])}
ON CONFLICT (key) ${onConflict};`;
}

/** Verified accounts; re-running keeps their id but resets password and role so the documented logins work. */
export function seedUserSql(user: SeedUser): string {
  const row = [
    user.id,
    user.email.toLowerCase(),
    user.passwordHash,
    user.name,
    user.role,
    user.locale ?? "zh-CN",
    user.inviteCode,
  ];
  return `INSERT INTO users (id, email, password_hash, name, role, locale, invite_code, email_verified_at)
VALUES (${row.map(sqlLiteral).join(", ")}, ${NOW_MS_SQL})
ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role,
  email_verified_at = coalesce(users.email_verified_at, excluded.email_verified_at),
  failed_login_count = 0, locked_until = NULL, updated_at = ${NOW_MS_SQL};`;
}

export function buildSeedSql({ config, users = [], overwrite }: SeedOptions): string {
  const statements = [seedPlansSql(config, overwrite), seedConfigSql(config, overwrite), ...users.map(seedUserSql)];
  return `${statements.join("\n\n")}\n`;
}
