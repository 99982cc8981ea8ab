// Prints (or writes) idempotent seed SQL: plans and business config, plus development accounts.
//   tsx scripts/seed.ts [--out file.sql] [--production]
// Apply with: wrangler d1 execute DB --local --file <file.sql>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { newId } from "../worker/db/ids";
import { buildSeedSql, type SeedUser } from "../worker/db/seed";
import { hashPassword } from "../worker/lib/password";
import { BusinessConfigSchema, DEFAULT_BUSINESS_CONFIG } from "../worker/modules/billing/defaults";

const root = resolve(import.meta.dirname, "..");

const DEV_ACCOUNTS = [
  { email: "admin@zhimai.local", password: "Admin#2026dev", name: "Admin", role: "admin", inviteCode: "ZMADMIN1" },
  { email: "demo@zhimai.local", password: "Demo#2026dev", name: "Demo", role: "user", inviteCode: "ZMDEMO01" },
] as const;

/** AUTH_PEPPER from the environment, else from .dev.vars, else from .dev.vars.example. */
function readPepper(): string {
  const fromEnv = process.env.AUTH_PEPPER?.trim();
  if (fromEnv) return fromEnv;
  for (const file of [".dev.vars", ".dev.vars.example"]) {
    const path = resolve(root, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
      const match = line.match(/^\s*AUTH_PEPPER\s*=\s*(.*?)\s*$/);
      const value = match?.[1]?.replace(/^(["'])(.*)\1$/, "$2");
      if (value) return value;
    }
  }
  throw new Error("AUTH_PEPPER not found in the environment, .dev.vars or .dev.vars.example");
}

async function main() {
  const { values: args } = parseArgs({
    options: { out: { type: "string" }, production: { type: "boolean", default: false } },
  });
  const production = args.production ?? false;
  const config = BusinessConfigSchema.parse(DEFAULT_BUSINESS_CONFIG);

  const users: SeedUser[] = [];
  if (!production) {
    const pepper = readPepper();
    for (const account of DEV_ACCOUNTS) {
      users.push({ ...account, id: newId(), passwordHash: await hashPassword(account.password, pepper) });
    }
  }

  const sql = buildSeedSql({ config, users, overwrite: !production });
  if (args.out) {
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    writeFileSync(args.out, sql);
  } else process.stdout.write(sql);

  if (!production) {
    console.error("Seeded accounts (development only — never use in production):");
    for (const account of DEV_ACCOUNTS)
      console.error(`  ${account.role.padEnd(5)}  ${account.email}  ${account.password}`);
  }
  if (args.out) console.error(`Wrote ${args.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
