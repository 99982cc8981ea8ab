// Live sessions on local workerd (`vite preview`): many mock interviews at once over real WebSockets, the time
// from an answer to its first feedback token (offline engine), and workerd's memory per session object.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

type Msg = { type: string; [key: string]: unknown };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;

/** Resident memory of the workerd processes serving `port` (sum over them), in bytes. */
function workerdRss(): number {
  const pids = execFileSync("pgrep", ["-f", "workerd"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  let total = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

async function pool<T>(items: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

class Client {
  readonly inbox: Msg[] = [];
  private waiters: Array<() => void> = [];
  private constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (event) => {
      this.inbox.push(JSON.parse(String(event.data)) as Msg);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static open(url: string, headers: Record<string, string>): Promise<Client> {
    return new Promise((resolve, reject) => {
      // Node's WebSocket (undici) takes headers: the cookie and the app's Origin, as a browser sends them.
      const ws = new WebSocket(url, { headers } as unknown as string[]);
      const client = new Client(ws);
      ws.addEventListener("open", () => resolve(client), { once: true });
      ws.addEventListener("error", () => reject(new Error(`WebSocket to ${url} failed`)), { once: true });
    });
  }

  async next(type: string, timeoutMs = 30_000): Promise<Msg> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.inbox.findIndex((m) => m.type === type);
      if (index >= 0) return this.inbox.splice(index, 1)[0] as Msg;
      if (Date.now() > deadline) throw new Error(`no ${type} message in time`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  send(message: unknown) {
    this.ws.send(JSON.stringify(message));
  }
}

const ANSWER =
  "当时我们的商城首页加载很慢，首屏要 3.2 秒。我的任务是一个月内降到 1.5 秒以内。我先用性能埋点定位瓶颈，" +
  "然后推动图片懒加载和代码分割。最终首屏时间降到 1.1 秒，转化率提升了 8%。";

/** `sessions` interviews open at once; each answers one question. Needs 30 points per session. */
export async function liveBench(base: string, cookie: string, sessions = 200) {
  const headers = { Cookie: cookie, Origin: base };
  const wsBase = base.replace(/^http/, "ws");

  const rssBefore = workerdRss();
  const createStarted = performance.now();
  const created = await pool(sessions, 16, async (index) => {
    const res = await fetch(`${base}/api/v1/mock-interviews`, {
      method: "POST",
      headers: {
        ...headers,
        "Content-Type": "application/json",
        "Idempotency-Key": `bench-live-${Date.now()}-${index}`,
      },
      body: JSON.stringify({ targetRole: "前端工程师", questionCount: 3, language: "zh-CN" }),
    });
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { session: { wsPath: string } }).session;
  });
  const createMs = (performance.now() - createStarted) / sessions;

  const connectStarted = performance.now();
  const clients = await Promise.all(
    created.map(async (session) => {
      const started = performance.now();
      const client = await Client.open(`${wsBase}${session.wsPath}`, headers);
      await client.next("state");
      return { client, connectMs: performance.now() - started };
    }),
  );
  const connectAllMs = performance.now() - connectStarted;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssOpen = workerdRss();

  // All sessions answer at once: the time to each first token is measured under that load.
  const firstToken = await Promise.all(
    clients.map(async ({ client }) => {
      const started = performance.now();
      client.send({ type: "answer", text: ANSWER });
      await client.next("token");
      const first = performance.now() - started;
      await client.next("feedback");
      return { first, full: performance.now() - started };
    }),
  );
  // And one at a time, without load.
  const quiet: number[] = [];
  for (const { client } of clients.slice(0, 20)) {
    await client.next("question");
    client.inbox.splice(0);
    const started = performance.now();
    client.send({ type: "answer", text: ANSWER });
    await client.next("token");
    quiet.push(performance.now() - started);
    await client.next("feedback");
  }

  // Reconnects one at a time (the same sessions, a second socket each): connect → state without load.
  const quietConnect: number[] = [];
  for (const session of created.slice(0, 20)) {
    const started = performance.now();
    const again = await Client.open(`${wsBase}${session.wsPath}`, headers);
    await again.next("state");
    quietConnect.push(performance.now() - started);
    again.ws.close();
  }

  await Promise.all(
    clients.map(async ({ client }) => {
      client.send({ type: "end" });
      await client.next("ended");
      client.ws.close();
    }),
  );

  return {
    sessions,
    createMs,
    connectMedianMs: median(clients.map((c) => c.connectMs)),
    connectAllMs,
    connectQuietMedianMs: median(quietConnect),
    firstTokenLoadedMedian: median(firstToken.map((t) => t.first)),
    firstTokenLoadedP95: percentile(
      firstToken.map((t) => t.first),
      0.95,
    ),
    feedbackLoadedMedian: median(firstToken.map((t) => t.full)),
    firstTokenQuietMedian: median(quiet),
    memoryPerSessionKiB: Math.max(0, rssOpen - rssBefore) / sessions / 1024,
  };
}
