// Browser tests against the production build served on local workerd (`vite preview`) with the local
// development settings (.dev.vars: dev mailbox, payment simulator). Prepares D1, builds, serves, tests.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "8788";
const baseUrl = `http://localhost:${port}`;

// A fresh local state per run: no rate-limit windows or accounts left over from earlier runs.
process.env.ZHIMAI_STATE_DIR = resolve(root, ".wrangler/e2e-state");
rmSync(process.env.ZHIMAI_STATE_DIR, { recursive: true, force: true });

const setup = spawnSync(process.execPath, ["--import", "tsx", "scripts/dev-setup.ts"], { cwd: root, stdio: "inherit" });
if (setup.status !== 0) process.exit(setup.status ?? 1);
// Built after the setup so that the bundle's preview settings include the .dev.vars it created.
const build = spawnSync(resolve(root, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], {
  cwd: root,
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);
// Mailed links must point at this server, not at the dev server's port.
const previewVars = resolve(root, "dist/zhimai/.dev.vars");
writeFileSync(previewVars, readFileSync(previewVars, "utf8").replace(/^APP_URL=.*$/m, `APP_URL=${baseUrl}`));

const server = spawn(resolve(root, "node_modules/.bin/vite"), ["preview", "--port", port, "--strictPort"], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, PORT: port },
  detached: true,
});
let serverLog = "";
server.stdout.on("data", (chunk) => (serverLog += chunk));
server.stderr.on("data", (chunk) => (serverLog += chunk));

const stop = () => {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
};
process.on("exit", stop);

async function waitForServer(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`Preview server did not become healthy at ${baseUrl}:\n${serverLog}`);
  process.exit(1);
}

await waitForServer();
const files = readdirSync(resolve(root, "test/e2e"))
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => `test/e2e/${f}`);
const result = spawnSync(process.execPath, ["--test", "--import", "tsx", ...files], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, E2E_BASE_URL: baseUrl },
});
stop();
process.exit(result.status ?? 1);
