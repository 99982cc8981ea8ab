// Fails when migrations/ is out of step with worker/db/schema.ts, or when a migration rebuilds a table that
// other tables reference (unsafe on D1, see migration-rules.ts). Usage: tsx scripts/check-migrations.ts
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import drizzleConfig from "../drizzle.config";
import { describeUnsafeRebuild, findUnsafeRebuilds, type MigrationFile } from "./migration-rules";

const root = resolve(import.meta.dirname, "..");
const migrationsDir = resolve(root, drizzleConfig.out ?? "migrations");
const drizzleKit = resolve(root, "node_modules/drizzle-kit/bin.cjs");

function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), "utf8") }));
}

function runDrizzleKit(args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, [drizzleKit, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"], // no TTY: drizzle-kit cannot stop to ask about renames
    timeout: 120_000,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

/** Files listed in the drizzle journal; a .sql outside it is invisible to drizzle-kit but still run by wrangler. */
function checkJournal(committed: MigrationFile[]): string[] {
  const journalPath = join(migrationsDir, "meta", "_journal.json");
  if (!existsSync(journalPath)) return committed.length ? ["migrations/meta/_journal.json is missing."] : [];
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const tags = new Set(journal.entries.map((entry) => `${entry.tag}.sql`));
  const errors = committed
    .filter((m) => !tags.has(m.name))
    .map(
      (m) =>
        `migrations/${m.name} is not in meta/_journal.json (create hand-written migrations with \`drizzle-kit generate --custom\`).`,
    );
  for (const tag of tags) {
    if (!committed.some((m) => m.name === tag)) errors.push(`meta/_journal.json lists ${tag}, which is missing.`);
  }
  return errors;
}

/** Generates into a scratch copy of migrations/ and returns the files that the schema would add. */
function pendingSchemaChanges(): { files: MigrationFile[]; error?: string } {
  const scratch = mkdtempSync(join(tmpdir(), "zm-check-migrations-"));
  try {
    const out = join(scratch, "migrations");
    if (existsSync(migrationsDir)) cpSync(migrationsDir, out, { recursive: true });
    const configPath = join(scratch, "drizzle.config.json");
    // drizzle-kit resolves `out` against the working directory, so it must be relative to the repo root.
    writeFileSync(configPath, JSON.stringify({ ...drizzleConfig, out: relative(root, out) }));
    const result = runDrizzleKit(["generate", "--config", configPath, "--name", "pending"]);
    const before = new Set(readMigrations(migrationsDir).map((m) => m.name));
    const files = readMigrations(out).filter((m) => !before.has(m.name));
    // drizzle-kit can exit 0 after an error, so only a new file or its explicit "no changes" counts as success.
    if (files.length === 0 && !(result.ok && /No schema changes/i.test(result.output))) {
      return { files: [], error: result.output || "drizzle-kit generate produced nothing" };
    }
    return { files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function main(): number {
  const errors: string[] = [];
  const committed = readMigrations(migrationsDir);

  errors.push(...checkJournal(committed));

  const snapshotCheck = runDrizzleKit(["check", "--config", "drizzle.config.ts"]);
  if (!snapshotCheck.ok) errors.push(`drizzle-kit check failed:\n${snapshotCheck.output}`);

  for (const problem of findUnsafeRebuilds(committed)) errors.push(describeUnsafeRebuild(problem));

  const pending = pendingSchemaChanges();
  if (pending.error) {
    errors.push(`drizzle-kit generate failed:\n${pending.error}`);
  } else if (pending.files.length > 0) {
    const sql = pending.files.map((f) => f.sql).join("\n");
    errors.push(
      `worker/db/schema.ts has changes that no migration contains. Run \`npx drizzle-kit generate --name <change>\` and commit the result. Pending SQL:\n${sql}`,
    );
    const all = [...committed, ...pending.files.map((f) => ({ ...f, name: `(pending) ${f.name}` }))];
    const newProblems = findUnsafeRebuilds(all).filter((p) => p.migration.startsWith("(pending)"));
    for (const problem of newProblems) errors.push(describeUnsafeRebuild(problem));
  }

  if (errors.length > 0) {
    for (const error of errors) console.error(`✗ ${error}\n`);
    return 1;
  }
  console.log(`✓ ${committed.length} migration(s) match the schema; no unsafe table rebuilds.`);
  return 0;
}

process.exitCode = main();
