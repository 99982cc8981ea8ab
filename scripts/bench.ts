// Benchmarks on local workerd. Prints a Markdown report; `--write` also saves it to docs/benchmarks.md.
//   1. CPU time of one password hash inside workerd (`wrangler dev` running worker/lib/password.ts).
//   2. Login request latency and D1 rows read by GET /api/v1/me on the production build (`vite preview`),
//      with 1,000 and then 10,000 extra users in D1: rows read must not grow with the table.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { resolve } from "node:path";
import { hashPassword } from "../worker/lib/password";

const root = resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 8789);
const base = `http://localhost:${port}`;
const wrangler = resolve(root, "node_modules/.bin/wrangler");

// The benchmark adds thousands of users: keep them out of the development database.
process.env.ZHIMAI_STATE_DIR = resolve(root, ".wrangler/bench-state");
rmSync(process.env.ZHIMAI_STATE_DIR, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function devVar(name: string): string {
  const line = readFileSync(resolve(root, ".dev.vars"), "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1).trim() ?? "";
}

function d1(sql: string) {
  const file = resolve(root, ".wrangler/bench.sql");
  writeFileSync(file, sql);
  const persist = ["--persist-to", process.env.ZHIMAI_STATE_DIR ?? ""];
  const r = spawnSync(wrangler, ["d1", "execute", "DB", "--local", ...persist, "--file", file], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`d1 execute failed: ${r.stderr}`);
}

/** Starts a server process and waits until `url` answers 2xx. */
async function serve(command: string, args: string[], url: string) {
  const child = spawn(command, args, { cwd: root, stdio: "ignore", detached: true });
  const stop = () => child.pid && child.exitCode === null && process.kill(-child.pid, "SIGTERM");
  process.on("exit", stop);
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${command} ${args.join(" ")} did not answer at ${url}`);
}

/** Per-hash time inside workerd: (time of N hashes − time of 0 hashes) / N, median of several rounds. */
async function passwordHashInWorkerd() {
  const hashPort = port + 1;
  const stop = await serve(
    wrangler,
    ["dev", "--config", "scripts/bench/wrangler.toml", "--port", String(hashPort)],
    `http://localhost:${hashPort}/?n=0`,
  );
  const timeOf = async (n: number) => {
    const started = performance.now();
    await (await fetch(`http://localhost:${hashPort}/?n=${n}`)).text();
    return performance.now() - started;
  };
  await timeOf(2);
  const rounds: number[] = [];
  for (let i = 0; i < 5; i++) rounds.push(((await timeOf(10)) - (await timeOf(0))) / 10);
  stop();
  return median(rounds);
}

function insertUsers(count: number, tag: string) {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    rows.push(`('bench-${tag}-${i}', 'bench-${tag}-${i}@bench.local', 'x', 'B${tag.toUpperCase()}${i}')`);
  }
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    chunks.push(
      `INSERT OR IGNORE INTO users (id, email, password_hash, invite_code) VALUES ${rows.slice(i, i + 500).join(",")};`,
    );
  }
  d1(chunks.join("\n"));
}

async function main() {
  const hashMs = await passwordHashInWorkerd();

  const setup = spawnSync(process.execPath, ["--import", "tsx", "scripts/dev-setup.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  if (setup.status !== 0) process.exit(1);
  const built = spawnSync(resolve(root, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (built.status !== 0) process.exit(1);

  const email = `bench-${Date.now()}@bench.local`;
  const password = "Bench#2026-password";
  const hash = await hashPassword(password, devVar("AUTH_PEPPER"));
  d1(
    `INSERT INTO users (id, email, password_hash, invite_code, email_verified_at) VALUES ('benchuser${Date.now()}', '${email}', '${hash}', 'BU${Date.now().toString(36).toUpperCase()}', ${Date.now()});`,
  );
  insertUsers(1000, "a");

  const stop = await serve(
    resolve(root, "node_modules/.bin/vite"),
    ["preview", "--port", String(port), "--strictPort"],
    `${base}/api/v1/health`,
  );

  const login = async () => {
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: base },
      body: JSON.stringify({ email, password }),
    });
    const elapsed = performance.now() - started;
    if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return { elapsed, cookie };
  };
  const logins: number[] = [];
  let cookie = "";
  for (let i = 0; i < 6; i++) {
    const r = await login();
    logins.push(r.elapsed);
    cookie = r.cookie;
  }

  const meRows = async () => {
    const samples: number[] = [];
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/me`, { headers: { Cookie: cookie } });
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`/me answered ${res.status}`);
      samples.push(Number(res.headers.get("server-timing")?.match(/rows=(\d+)/)?.[1]));
    }
    return { rows: Math.max(...samples), latency: median(latencies) };
  };
  const small = await meRows();
  insertUsers(9000, "b");
  const large = await meRows();
  stop();

  const report = `# Benchmarks

Latest figures from \`npm run bench\` (scripts/bench.ts), on local workerd.

Machine: ${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.

## Accounts

| measure | value |
|---|---|
| password hash (PBKDF2-SHA256, 100,000 iterations + HMAC pepper) inside workerd, CPU per hash | ${ms(hashMs)} |
| \`POST /api/v1/auth/login\` end to end on \`vite preview\`, median of ${logins.length} | ${ms(median(logins))} |
| \`GET /api/v1/me\` median latency, ~1,000 users | ${ms(small.latency)} |
| \`GET /api/v1/me\` D1 rows read, ~1,000 users | ${small.rows} |
| \`GET /api/v1/me\` D1 rows read, ~10,000 users | ${large.rows} |

Rows read by \`/me\` do not depend on the number of users: the session is found by its token hash (unique index) and the user by primary key.
`;
  console.log(report);
  if (process.argv.includes("--write")) writeFileSync(resolve(root, "docs/benchmarks.md"), report);
  process.exit(0);
}

await main();
