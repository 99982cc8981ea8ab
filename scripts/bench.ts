// Benchmarks on local workerd. Prints a Markdown report; `--write` also saves it to docs/benchmarks.md.
//   1. CPU time of one password hash inside workerd (`wrangler dev` running worker/lib/password.ts).
//   2. Login request latency and D1 rows read by GET /api/v1/me on the production build (`vite preview`),
//      with 1,000 and then 10,000 extra users in D1: rows read must not grow with the table.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { resolve } from "node:path";
import { startWechatPayServer } from "../test/support/wechatpay-server";
import { hashPassword } from "../worker/lib/password";
import { benchExtraction } from "./bench-extraction";
import { liveBench } from "./bench-live";

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
  const kill = () => child.pid && child.exitCode === null && process.kill(-child.pid, "SIGTERM");
  process.on("exit", kill);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    kill();
    await exited;
  };
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
  await stop();
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

/** Creates orders at the loopback WeChat Pay, pays them there, and posts the genuine notifications to the app. */
const LEDGER_ROWS = 1_000_000;

async function billingBench(cookie: string, wechatUrl: string) {
  const headers = { Cookie: cookie, Origin: base, "Content-Type": "application/json" };
  const count = 120;
  const outTradeNos: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${base}/api/v1/billing/orders`, {
      method: "POST",
      headers: { ...headers, "Idempotency-Key": `bench-${Date.now()}-${i}` },
      body: JSON.stringify({ kind: "recharge", amountFen: 1000 }),
    });
    if (res.status !== 201) throw new Error(`order answered ${res.status}: ${await res.text()}`);
    outTradeNos.push(((await res.json()) as { order: { outTradeNo: string } }).order.outTradeNo);
  }
  const notifications: { headers: Record<string, string>; body: string }[] = [];
  for (const no of outTradeNos) {
    const res = await fetch(`${wechatUrl}/__control/orders/${no}/pay`, {
      method: "POST",
      body: "{}",
      headers: { "Content-Type": "application/json" },
    });
    notifications.push(
      ((await res.json()) as { notification: { headers: Record<string, string>; body: string } }).notification,
    );
  }
  const rows: number[] = [];
  const queue = [...notifications];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let n = queue.shift(); n; n = queue.shift()) {
        const res = await fetch(`${base}/api/v1/billing/wechatpay/notify`, {
          method: "POST",
          headers: { ...n.headers, "Content-Type": "application/json" },
          body: n.body,
        });
        if (res.status !== 204) throw new Error(`notify answered ${res.status}: ${await res.text()}`);
        rows.push(Number(res.headers.get("server-timing")?.match(/rows=(\d+)/)?.[1]));
      }
    }),
  );
  const perSecond = count / ((performance.now() - started) / 1000);

  const timed = async (path: string) => {
    const latencies: number[] = [];
    let rowsRead = 0;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
      latencies.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      rowsRead = Number(res.headers.get("server-timing")?.match(/rows=(\d+)/)?.[1]);
    }
    return { rows: rowsRead, latency: median(latencies) };
  };
  const me = await timed("/api/v1/me");
  const page = await timed("/api/v1/points/ledger?limit=20");
  return {
    count,
    perSecond,
    rowsMedian: median(rows),
    rowsMax: Math.max(...rows),
    ledgerRows: LEDGER_ROWS,
    meRows: me.rows,
    meLatency: me.latency,
    pageRows: page.rows,
    pageLatency: page.latency,
  };
}

/** Upload → diagnosis job → result, with the offline engine, through the queue of the running app. */
async function analysisBench(cookie: string) {
  const headers = { Cookie: cookie, Origin: base };
  const pdf = readFileSync(resolve(root, "test/fixtures/resumes/chromium-zh.pdf"));
  const form = new FormData();
  form.set("file", new Blob([pdf], { type: "application/pdf" }), "resume.pdf");
  const uploadStarted = performance.now();
  const upload = await fetch(`${base}/api/v1/resumes`, { method: "POST", headers, body: form });
  const uploadMs = performance.now() - uploadStarted;
  if (upload.status !== 201 && upload.status !== 200)
    throw new Error(`upload answered ${upload.status}: ${await upload.text()}`);
  const { resume } = (await upload.json()) as { resume: { id: string } };
  const latencies: number[] = [];
  for (const [index, role] of ["前端开发工程师", "Data Analyst", "产品经理"].entries()) {
    const started = performance.now();
    const submit = await fetch(`${base}/api/v1/diagnoses`, {
      method: "POST",
      headers: {
        ...headers,
        "Content-Type": "application/json",
        "Idempotency-Key": `bench-job-${index}-${Date.now()}`,
      },
      body: JSON.stringify({ resumeId: resume.id, targetRole: role }),
    });
    if (submit.status !== 202) throw new Error(`diagnosis answered ${submit.status}: ${await submit.text()}`);
    const { job } = (await submit.json()) as { job: { id: string } };
    for (;;) {
      const res = await fetch(`${base}/api/v1/diagnoses/${job.id}`, { headers });
      const { job: current } = (await res.json()) as { job: { status: string } };
      if (current.status === "succeeded") break;
      if (current.status === "failed") throw new Error("diagnosis failed");
      await new Promise((r) => setTimeout(r, 50));
    }
    latencies.push(performance.now() - started);
  }
  return { uploadMs, resultMs: median(latencies) };
}

async function main() {
  const hashMs = await passwordHashInWorkerd();
  const extraction = await benchExtraction();

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
  // The bench user's ledger gets 1,000,000 rows (straight to local D1, before the server opens it).
  d1(`INSERT INTO points_ledger (id, user_id, delta, reason, idempotency_key, balance_after, created_at)
    WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${LEDGER_ROWS})
    SELECT 'bench-ledger-' || x, (SELECT id FROM users WHERE email = '${email}'), 1, 'admin_adjust', 'bench:' || x, x,
      1700000000000 + x FROM n;`);

  // Live sessions need a tier that includes mock interviews and 30 points per session.
  d1(`INSERT INTO points_ledger (id, user_id, delta, reason, idempotency_key, balance_after, created_at)
      SELECT 'bench-live-grant', id, 10000, 'admin_adjust', 'bench:live-grant', points_balance + 10000, ${Date.now()}
      FROM users WHERE email = '${email}';
    UPDATE users SET tier = 'silver', points_balance = points_balance + 10000 WHERE email = '${email}';`);

  // WeChat Pay configured against the loopback WeChat Pay server used by the tests: the real notify path.
  const wechat = await startWechatPayServer();
  const previewVars = resolve(root, "dist/zhimai/.dev.vars");
  const quoted = (value: string) => `"${value.replaceAll("\n", "\\n")}"`;
  writeFileSync(
    previewVars,
    `${readFileSync(previewVars, "utf8")}
WECHATPAY_MCHID=${wechat.info.mchid}
WECHATPAY_APPID=${wechat.info.appid}
WECHATPAY_SERIAL_NO=${wechat.info.merchantSerialNo}
WECHATPAY_PRIVATE_KEY=${quoted(wechat.info.merchantPrivateKey)}
WECHATPAY_APIV3_KEY=${wechat.info.apiV3Key}
WECHATPAY_PUBLIC_KEY=${quoted(wechat.info.wechatpayPublicKey)}
WECHATPAY_PUBLIC_KEY_ID=${wechat.info.publicKeyId}
WECHATPAY_API_BASE=${wechat.url}
WECHATPAY_NOTIFY_URL=${base}/api/v1/billing/wechatpay/notify
`,
  );
  const startPreview = () =>
    serve(
      resolve(root, "node_modules/.bin/vite"),
      ["preview", "--port", String(port), "--strictPort"],
      `${base}/api/v1/health`,
    );
  let stop = await startPreview();

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
  const billing = await billingBench(cookie, wechat.url);
  const analysis = await analysisBench(cookie);
  const live = await liveBench(base, cookie);
  // Local D1 is one SQLite file: add the next 9,000 users while the server is down.
  await stop();
  insertUsers(9000, "b");
  stop = await startPreview();
  const large = await meRows();
  await stop();
  await wechat.close();

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

Rows read by \`/me\` do not depend on the number of users: the session is found by its token hash (unique index), the user and the membership by primary key.

## Billing

| measure | value |
|---|---|
| genuine WeChat Pay notifications verified, decrypted and credited (${billing.count} orders, 8 in flight) | ${billing.perSecond.toFixed(0)} / s |
| D1 rows read per notification (median / max) | ${billing.rowsMedian} / ${billing.rowsMax} |
| \`GET /api/v1/me\` with ${billing.ledgerRows.toLocaleString("en")} ledger rows: rows read, median latency | ${billing.meRows}, ${ms(billing.meLatency)} |
| \`GET /api/v1/points/ledger?limit=20\` with ${billing.ledgerRows.toLocaleString("en")} ledger rows: rows read, median latency | ${billing.pageRows}, ${ms(billing.pageLatency)} |

The balance is the cached \`users.points_balance\`, changed only in the same atomic batch as its ledger row, so reading it costs the same at any ledger size; the history is a keyset page on the \`(user_id, created_at)\` index.

## Résumés and AI jobs

| measure | value |
|---|---|
| upload of a 1-page Chinese résumé (Chromium print-to-PDF): checks, extraction, sections, R2 | ${ms(analysis.uploadMs)} |
| diagnosis submit → result with the offline engine, through the queue (median of 3) | ${ms(analysis.resultMs)} |

The queue consumer waits up to \`max_batch_timeout\` (1 s) to fill a batch, which dominates the job latency locally.

## Live sessions

${live.sessions} mock interviews open at once on \`vite preview\` (one Durable Object each, real WebSockets from Node), offline engine.

| measure | value |
|---|---|
| create (\`POST /api/v1/mock-interviews\`: tier, points hold, Durable Object init), mean with 16 in flight | ${ms(live.createMs)} |
| WebSocket connect → \`state\`, all ${live.sessions} at once: median / until the last | ${ms(live.connectMedianMs)} / ${ms(live.connectAllMs)} |
| WebSocket connect → \`state\`, one at a time: median of 20 | ${ms(live.connectQuietMedianMs)} |
| answer → first feedback token, all ${live.sessions} answering at once: median / p95 | ${ms(live.firstTokenLoadedMedian)} / ${ms(live.firstTokenLoadedP95)} |
| answer → complete scored feedback, all at once: median | ${ms(live.feedbackLoadedMedian)} |
| answer → first feedback token, one session at a time: median of 20 | ${ms(live.firstTokenQuietMedian)} |
| workerd resident memory per open session (Δ RSS / sessions) | ${live.memoryPerSessionKiB.toFixed(0)} KiB |

Locally one workerd process runs every object on one thread, so the "all at once" rows measure that queue (each connect authenticates, checks ownership in D1 and reads the object's SQLite); on Cloudflare each object runs where it is placed. Each session's state lives in its object's SQLite storage, so an evicted or hibernated object costs nothing in memory; the memory figure is for objects that are all awake at once, each with its SQLite database open.

${extraction}
`;
  console.log(report);
  if (process.argv.includes("--write")) writeFileSync(resolve(root, "docs/benchmarks.md"), report);
  process.exit(0);
}

await main();
