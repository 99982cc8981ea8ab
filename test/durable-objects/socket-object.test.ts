import { env, evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { USER_HEADER } from "../../durable-objects/socket-object";

type Msg = { type: string; [key: string]: unknown };

/** Opens a WebSocket to an echo DO and collects what it sends. */
async function connect(name: string, userId = "user-1") {
  const stub = env.ECHO.getByName(name);
  const res = await stub.fetch("http://do/ws", { headers: { Upgrade: "websocket", [USER_HEADER]: userId } });
  expect(res.status).toBe(101);
  const ws = res.webSocket;
  if (!ws) throw new Error("no socket");
  const inbox: Msg[] = [];
  const waiters: Array<() => void> = [];
  ws.addEventListener("message", (event) => {
    inbox.push(JSON.parse(event.data as string) as Msg);
    for (const wake of waiters.splice(0)) wake();
  });
  ws.accept();
  const next = async (type?: string): Promise<Msg> => {
    for (;;) {
      const index = inbox.findIndex((m) => !type || m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0] as Msg;
      await new Promise<void>((resolve, reject) => {
        waiters.push(resolve);
        setTimeout(() => reject(new Error(`no ${type ?? "message"} in time`)), 5000);
      });
    }
  };
  return { stub, ws, next, send: (m: unknown) => ws.send(typeof m === "string" ? m : JSON.stringify(m)) };
}

describe("SocketObject (WebSocket Hibernation base)", () => {
  it("refuses plain HTTP and unauthenticated upgrades", async () => {
    const stub = env.ECHO.getByName("refuse");
    expect((await stub.fetch("http://do/ws")).status).toBe(426);
    expect((await stub.fetch("http://do/ws", { headers: { Upgrade: "websocket" } })).status).toBe(401);
  });

  it("sends state on connect and echoes validated messages, persisting in SQLite", async () => {
    const { next, send } = await connect("echo-basic");
    expect(await next("state")).toEqual({ type: "state", userId: "user-1", echoed: 0 });
    send({ type: "echo", text: "你好" });
    expect(await next("echo")).toEqual({ type: "echo", text: "你好", count: 1 });
  });

  it("answers ping with pong without waking the object", async () => {
    const { next, send } = await connect("echo-ping");
    await next("state");
    send({ type: "ping" });
    expect(await next("pong")).toEqual({ type: "pong" });
  });

  it("answers invalid and malformed messages with an error and keeps the socket open", async () => {
    const { next, send } = await connect("echo-invalid");
    await next("state");
    send("{oops");
    expect(await next("error")).toMatchObject({ code: "MALFORMED_JSON" });
    send({ type: "echo", text: 42 });
    expect(await next("error")).toMatchObject({ code: "VALIDATION_FAILED" });
    send({ type: "echo", text: "still here" });
    expect(await next("echo")).toMatchObject({ count: 1 });
  });

  it("survives eviction (hibernation): the socket stays open and state comes from storage and attachments", async () => {
    const { stub, next, send } = await connect("echo-hibernate", "user-h");
    await next("state");
    send({ type: "echo", text: "before" });
    await next("echo");
    await evictDurableObject(stub);
    send({ type: "echo", text: "after" });
    expect(await next("echo")).toEqual({ type: "echo", text: "after", count: 2 });
    // The attachment (user id) survived too: a reconnect sees the stored count.
    const second = await connect("echo-hibernate", "user-h");
    expect(await second.next("state")).toEqual({ type: "state", userId: "user-h", echoed: 2 });
  });

  it("schedules alarms and broadcasts from them", async () => {
    const { stub, next, send } = await connect("echo-alarm");
    await next("state");
    send({ type: "tick-in", ms: 60_000 });
    await runInDurableObject(stub, async (_instance, state) => {
      for (let i = 0; i < 50 && (await state.storage.getAlarm()) === null; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(await state.storage.getAlarm()).not.toBeNull();
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await next("tick")).toEqual({ type: "tick", echoed: 0 });
  });

  it("closes cleanly when the client closes", async () => {
    const { ws, next } = await connect("echo-close");
    await next("state");
    const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
    ws.close(1000, "bye");
    expect(await closed).toBe(1000);
  });
});
