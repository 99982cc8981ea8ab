import { describe, expect, it } from "vitest";
import { findUnsafeRebuilds, type MigrationFile, splitStatements } from "../../scripts/migration-rules";

const init: MigrationFile = {
  name: "0000_init.sql",
  sql: `CREATE TABLE \`users\` (
\t\`id\` text PRIMARY KEY NOT NULL,
\t\`email\` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE \`sessions\` (
\t\`id\` text PRIMARY KEY NOT NULL,
\t\`user_id\` text NOT NULL,
\tFOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE \`news\` (
\t\`id\` text PRIMARY KEY NOT NULL,
\t\`title\` text NOT NULL
);
`,
};

/** What drizzle-kit emits when it has to rebuild a SQLite table. */
const rebuild = (table: string, name = "0001_change.sql"): MigrationFile => ({
  name,
  sql: `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_${table}\` (
\t\`id\` text PRIMARY KEY NOT NULL,
\t\`title\` text
);
--> statement-breakpoint
INSERT INTO \`__new_${table}\`("id", "title") SELECT "id", "title" FROM \`${table}\`;--> statement-breakpoint
DROP TABLE \`${table}\`;--> statement-breakpoint
ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
});

describe("findUnsafeRebuilds", () => {
  it("rejects a rebuild of a table that another table references", () => {
    expect(findUnsafeRebuilds([init, rebuild("users")])).toEqual([
      { migration: "0001_change.sql", table: "users", referencedBy: ["sessions"] },
    ]);
  });

  it("allows a rebuild of a table nothing references", () => {
    expect(findUnsafeRebuilds([init, rebuild("news")])).toEqual([]);
  });

  it("allows ALTER TABLE … ADD COLUMN", () => {
    const addColumn: MigrationFile = {
      name: "0001_add.sql",
      sql: "ALTER TABLE `users` ADD `locale` text DEFAULT 'zh-CN' NOT NULL;",
    };
    expect(findUnsafeRebuilds([init, addColumn])).toEqual([]);
  });

  it("counts references added later by ALTER TABLE … ADD … REFERENCES", () => {
    const addReference: MigrationFile = {
      name: "0001_add.sql",
      sql: "ALTER TABLE `users` ADD `favourite_news_id` text REFERENCES `news`(`id`);",
    };
    expect(findUnsafeRebuilds([init, addReference, rebuild("news", "0002_change.sql")])).toEqual([
      { migration: "0002_change.sql", table: "news", referencedBy: ["users"] },
    ]);
  });

  it("forgets references of dropped tables", () => {
    const dropSessions: MigrationFile = { name: "0001_drop.sql", sql: "DROP TABLE `sessions`;" };
    expect(findUnsafeRebuilds([init, dropSessions, rebuild("users", "0002_change.sql")])).toEqual([]);
  });

  it("honours a reviewed opt-out marker", () => {
    const reviewed = rebuild("users");
    reviewed.sql = `-- migration-rules: allow-rebuild users\n${reviewed.sql}`;
    expect(findUnsafeRebuilds([init, reviewed])).toEqual([]);
  });

  it("splits drizzle breakpoints and ignores comments", () => {
    expect(splitStatements("-- note; here\nCREATE TABLE a (x int);--> statement-breakpoint\nDROP TABLE b;")).toEqual([
      "CREATE TABLE a (x int)",
      "DROP TABLE b",
    ]);
  });
});
