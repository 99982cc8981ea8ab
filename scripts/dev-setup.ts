// Prepares local state for `npm run dev` / `npm run preview`: settings, D1 migrations, seed data.
// Idempotent: safe to run before every start.
import { execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const wrangler = resolve(root, "node_modules/.bin/wrangler");
/** Runs a step quietly; its output is shown only when it fails. */
function run(command: string, args: string[], { showErrors = false } = {}) {
  try {
    execFileSync(command, args, {
      cwd: root,
      stdio: ["ignore", "pipe", showErrors ? "inherit" : "pipe"],
      env: { ...process.env, CI: "1" },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${[command, ...args].join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
    process.exit(1);
  }
}

const devVars = resolve(root, ".dev.vars");
const example = resolve(root, ".dev.vars.example");
if (!existsSync(devVars)) {
  copyFileSync(example, devVars);
  console.log("Created .dev.vars from .dev.vars.example (development settings).");
} else {
  // Settings added to the example since .dev.vars was made are appended with their example values.
  const keys = (text: string) => new Set([...text.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
  const have = keys(readFileSync(devVars, "utf8"));
  const missing = readFileSync(example, "utf8")
    .split("\n")
    .filter((line) => /^[A-Z0-9_]+=/.test(line) && !have.has(line.split("=")[0]));
  if (missing.length) {
    appendFileSync(devVars, `\n# Added from .dev.vars.example\n${missing.join("\n")}\n`);
    console.log(`Added ${missing.length} new setting(s) to .dev.vars from .dev.vars.example.`);
  }
}

// ZHIMAI_STATE_DIR (see vite.config.ts) selects a separate local state, e.g. for e2e runs.
const persist = process.env.ZHIMAI_STATE_DIR ? ["--persist-to", resolve(process.env.ZHIMAI_STATE_DIR)] : [];
run(wrangler, ["d1", "migrations", "apply", "DB", "--local", ...persist]);
console.log("Local D1: migrations applied.");

mkdirSync(resolve(root, ".wrangler"), { recursive: true });
const seedFile = resolve(root, ".wrangler/seed.sql");
// The seed script prints the development accounts on stderr.
run(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--out", seedFile], { showErrors: true });
run(wrangler, ["d1", "execute", "DB", "--local", ...persist, "--file", seedFile]);
console.log("Local D1: seeded plans, config defaults and the development accounts above.");

const port = process.env.PORT ?? "8787";
console.log(`
  职麦 Zhimai is starting on http://localhost:${port}
    app          http://localhost:${port}/
    admin        http://localhost:${port}/admin
    API docs     http://localhost:${port}/dev/api   (OpenAPI: /api/v1/openapi.json)
`);
