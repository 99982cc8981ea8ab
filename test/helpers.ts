import { exports } from "cloudflare:workers";

export const ORIGIN = "http://localhost:8787";

/** Calls the Worker under test the way a browser on the app's origin would. */
export function api(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  return exports.default.fetch(new Request(new URL(path, ORIGIN), { ...init, headers, body }));
}

export async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; details?: unknown } };
  return body.error;
}

/** Polls until `check` returns a value, for effects of queue consumers and alarms. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  { timeoutMs = 20_000, intervalMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A batch that records what the dispatcher decided for each message (ack or retry). */
export function recordingBatch(queue: string, body: unknown, attempts = 1) {
  const outcome: string[] = [];
  const batch = {
    queue,
    messages: [
      {
        id: crypto.randomUUID(),
        attempts,
        body,
        timestamp: new Date(),
        ack: () => outcome.push("ack"),
        retry: () => outcome.push("retry"),
      },
    ],
    ackAll() {},
    retryAll() {},
  } as unknown as MessageBatch;
  return { batch, outcome };
}
