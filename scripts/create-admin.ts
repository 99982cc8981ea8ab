// Creates the first admin (or support) account, or promotes an existing account, in D1.
//
//   ADMIN_PASSWORD='…' AUTH_PEPPER='<the production pepper>' \
//     npx tsx scripts/create-admin.ts --email boss@example.com [--name 管理员] [--role admin|support] --remote
//
//   --remote | --local   run the SQL with `wrangler d1 execute DB` against the deployed or the local database
//   --print              only print the SQL (nothing is executed)
//
// With ADMIN_PASSWORD set, the account is created (verified) or, if the email exists, its password is replaced.
// Without ADMIN_PASSWORD, an existing account is only promoted and keeps its password.
// AUTH_PEPPER must be the pepper the Worker uses (`wrangler secret put AUTH_PEPPER`), or the password will not work.
// Either way the account's sessions end, so its next sign-in gets a fresh session with the new role.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { newId } from "../worker/db/ids";
import { NOW_MS_SQL } from "../worker/db/schema/columns";
import { sqlLiteral } from "../worker/db/seed";
import { hashPassword } from "../worker/lib/password";
import { newInviteCode } from "../worker/modules/auth/invite-code";
import { EmailSchema, NameSchema, PasswordSchema } from "../worker/modules/auth/schemas";

const root = resolve(import.meta.dirname, "..");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isCommon(password: string): boolean {
  const list = readFileSync(resolve(root, "worker/modules/auth/common-passwords.txt"), "utf8");
  return new Set(list.split(/\r?\n/)).has(password.toLowerCase());
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "admin" },
      remote: { type: "boolean", default: false },
      local: { type: "boolean", default: false },
      print: { type: "boolean", default: false },
    },
  });
  const email = EmailSchema.safeParse(args.email ?? "");
  if (!email.success) fail("--email <address> is required and must be a valid email address");
  const role = args.role;
  if (role !== "admin" && role !== "support") fail("--role must be admin or support");
  const targets = [args.remote, args.local, args.print].filter(Boolean).length;
  if (targets !== 1) fail("choose exactly one of --remote, --local or --print");
  const name = args.name === undefined ? null : NameSchema.parse(args.name);

  const statements: string[] = [];
  const password = process.env.ADMIN_PASSWORD;
  if (password) {
    if (!PasswordSchema.safeParse(password).success) fail("ADMIN_PASSWORD must be 8–128 characters");
    if (isCommon(password)) fail("ADMIN_PASSWORD is a common password; choose another");
    const pepper = process.env.AUTH_PEPPER?.trim();
    if (!pepper) fail("AUTH_PEPPER must be set to the Worker's pepper");
    const hash = await hashPassword(password, pepper);
    const values = [newId(), email.data, hash, name, role, "zh-CN", newInviteCode()].map(sqlLiteral).join(", ");
    statements.push(`INSERT INTO users (id, email, password_hash, name, role, locale, invite_code, email_verified_at)
VALUES (${values}, ${NOW_MS_SQL})
ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role,
  name = coalesce(excluded.name, users.name),
  email_verified_at = coalesce(users.email_verified_at, excluded.email_verified_at),
  failed_login_count = 0, locked_until = NULL, updated_at = ${NOW_MS_SQL};`);
  } else {
    console.error("ADMIN_PASSWORD not set: promoting an existing account only (no-op if the email is unknown).");
    statements.push(
      `UPDATE users SET role = ${sqlLiteral(role)}, updated_at = ${NOW_MS_SQL} WHERE email = ${sqlLiteral(email.data)};`,
    );
  }
  statements.push(
    `DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE email = ${sqlLiteral(email.data)});`,
    `SELECT id, email, role, email_verified_at IS NOT NULL AS verified FROM users WHERE email = ${sqlLiteral(email.data)};`,
  );
  const sql = `${statements.join("\n")}\n`;

  if (args.print) {
    process.stdout.write(sql);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "zhimai-admin-"));
  const file = join(dir, "create-admin.sql");
  try {
    writeFileSync(file, sql, { mode: 0o600 });
    execFileSync(
      resolve(root, "node_modules/.bin/wrangler"),
      ["d1", "execute", "DB", args.remote ? "--remote" : "--local", "--file", file],
      { cwd: root, stdio: "inherit" },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.error(`${role} ${email.data} is ready; sign in at APP_URL/login.`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
