// Pure analysis of migration SQL (no fs: the unit test runs inside workerd).
//
// drizzle-kit changes an SQLite table it cannot ALTER by rebuilding it:
//   CREATE TABLE `__new_X` …; INSERT INTO `__new_X` … SELECT … FROM `X`; DROP TABLE `X`; ALTER TABLE `__new_X` RENAME TO `X`;
// wrapped in `PRAGMA foreign_keys=OFF/ON`. D1 ignores that pragma and always enforces foreign keys, so the
// DROP TABLE deletes every row of X first: children with ON DELETE CASCADE lose their rows, SET NULL children
// lose their links, RESTRICT children make the migration fail. Such a rebuild must be written by hand.

export interface MigrationFile {
  name: string;
  sql: string;
}

export interface UnsafeRebuild {
  migration: string;
  table: string;
  /** Tables whose foreign keys point at `table` when it is rebuilt. */
  referencedBy: string[];
}

/** A migration may opt out for a table after review: `-- migration-rules: allow-rebuild <table>`. */
const ALLOW_MARKER = /--\s*migration-rules:\s*allow-rebuild\s+[`"]?(\w+)[`"]?/gi;
const NEW_PREFIX = "__new_";

const IDENT = String.raw`[\`"\[]?(\w+)[\`"\]]?`;
const CREATE_TABLE = new RegExp(String.raw`^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${IDENT}`, "i");
const ALTER_ADD = new RegExp(String.raw`^ALTER\s+TABLE\s+${IDENT}\s+ADD\s`, "i");
const RENAME = new RegExp(String.raw`^ALTER\s+TABLE\s+${IDENT}\s+RENAME\s+TO\s+${IDENT}`, "i");
const DROP_TABLE = new RegExp(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${IDENT}`, "i");
const REFERENCES = new RegExp(String.raw`REFERENCES\s+${IDENT}`, "gi");

/** Splits a migration into statements (drizzle's breakpoints or plain semicolons), comments removed. */
export function splitStatements(sql: string): string[] {
  const withoutComments = sql
    .split("\n")
    .map((line) => line.replace(/--.*$/, ""))
    .join("\n");
  return withoutComments
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Replays the migrations in order, tracking which table references which, and reports every drizzle-style
 * rebuild of a table that another table references at that moment.
 */
export function findUnsafeRebuilds(migrations: MigrationFile[]): UnsafeRebuild[] {
  // child table -> parent tables its foreign keys reference
  const references = new Map<string, Set<string>>();
  const problems: UnsafeRebuild[] = [];

  const addReferences = (table: string, statement: string) => {
    const parents = references.get(table) ?? new Set<string>();
    for (const match of statement.matchAll(REFERENCES)) parents.add(match[1] as string);
    references.set(table, parents);
  };
  const childrenOf = (parent: string) =>
    [...references.entries()]
      .filter(([child, parents]) => child !== parent && !child.startsWith(NEW_PREFIX) && parents.has(parent))
      .map(([child]) => child)
      .sort();

  for (const migration of migrations) {
    const allowed = new Set([...migration.sql.matchAll(ALLOW_MARKER)].map((m) => (m[1] as string).toLowerCase()));
    for (const statement of splitStatements(migration.sql)) {
      const created = statement.match(CREATE_TABLE);
      const altered = statement.match(ALTER_ADD);
      const dropped = statement.match(DROP_TABLE);
      const renamed = statement.match(RENAME);
      if (created) {
        const table = created[1] as string;
        references.set(table, new Set());
        addReferences(table, statement);
      } else if (altered) {
        addReferences(altered[1] as string, statement);
      } else if (dropped) {
        const table = dropped[1] as string;
        const isRebuild = references.has(`${NEW_PREFIX}${table}`);
        const children = childrenOf(table);
        if (isRebuild && children.length > 0 && !allowed.has(table.toLowerCase())) {
          problems.push({ migration: migration.name, table, referencedBy: children });
        }
        references.delete(table);
      } else if (renamed) {
        const [from, to] = [renamed[1] as string, renamed[2] as string];
        references.set(to, references.get(from) ?? new Set());
        references.delete(from);
        // A renamed parent keeps its children (SQLite rewrites their REFERENCES clauses).
        for (const parents of references.values()) {
          if (parents.delete(from)) parents.add(to);
        }
      }
    }
  }
  return problems;
}

export function describeUnsafeRebuild(problem: UnsafeRebuild): string {
  return (
    `${problem.migration}: rebuilds table \`${problem.table}\`, which is referenced by ` +
    `${problem.referencedBy.map((t) => `\`${t}\``).join(", ")}. On D1 foreign keys stay enforced during ` +
    `migrations, so DROP TABLE \`${problem.table}\` deletes its rows first and ON DELETE CASCADE/SET NULL ` +
    `rewrites or deletes the child rows (or RESTRICT fails the migration). Write this migration by hand ` +
    `(add columns with ALTER TABLE … ADD COLUMN, or rebuild the children too), then mark it reviewed with ` +
    `\`-- migration-rules: allow-rebuild ${problem.table}\`.`
  );
}
