import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { liveOfflineEngine } from "../../worker/modules/live/stream";
import { gateway, marker, openaiEnv, received, script } from "../ai/helpers";
import { expectConsistent, member, ZH_RESUME } from "../analysis/support";
import { errorOf } from "../helpers";
import { fireTimer, ledgerKeys, openSocket, sessionRow, timers } from "./support";

type Session = { id: string; status: string; wsPath: string; resumeId: string | null };

async function silverMember(points: number) {
  const m = await member();
  await m.tier("silver");
  if (points > 0) await m.points(points);
  return m;
}

async function started(m: Awaited<ReturnType<typeof member>>, body: unknown = {}) {
  const res = await m.browser.post("/meetings", { title: "星云科技二面", language: "zh-CN", ...(body as object) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { session: Session }).session;
}

const minuteRows = async (userId: string, sessionId: string) =>
  (await ledgerKeys(userId)).filter((k) => k.key.startsWith(`meeting:${sessionId}:minute:`));

describe("meeting assistant: create", () => {
  it("needs silver (or a plan) and a balance for one minute; grounds in the latest résumé by default", async () => {
    const bronze = await member();
    await bronze.tier("bronze");
    await bronze.points(100);
    const refused = await bronze.browser.post("/meetings", { title: "面试" });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("TIER_REQUIRED");

    const poor = await silverMember(2);
    const short = await poor.browser.post("/meetings", { title: "面试" });
    expect(short.status).toBe(402);

    const m = await silverMember(30);
    const resumeId = await m.resume();
    const session = await started(m, { context: "前端岗位，关注性能优化" });
    expect(session).toMatchObject({ status: "created", resumeId, wsPath: `/api/v1/meetings/${session.id}/ws` });
    expect(await m.browser.post("/meetings", { title: "" }).then((r) => r.status)).toBe(400);
  });
});

describe("meeting assistant: the live session", () => {
  it("bills the first minute on connect, suggests grounded answers to questions, and on push-to-ask", async () => {
    const m = await silverMember(30);
    await m.resume(ZH_RESUME);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    const state = await socket.next("state");
    expect(state).toMatchObject({ status: "active", title: "星云科技二面", transcript: [], suggestions: [] });
    expect(await socket.next("billing")).toMatchObject({
      minutesBilled: 1,
      pointsSpent: 3,
      pointsBalance: 27,
      minutesLeft: 9,
      lowBalance: false,
    });
    expect(await minuteRows(m.id, session.id)).toEqual([
      { key: `meeting:${session.id}:minute:1`, delta: -3, reason: "spend" },
    ]);

    socket.send({ type: "transcript", speaker: "other", text: "你好，欢迎来面试", final: true });
    socket.send({ type: "transcript", speaker: "other", text: "你在上一家公司做过哪些性能优化？", final: false });
    socket.send({ type: "transcript", speaker: "other", text: "你在上一家公司做过哪些性能优化？", final: true });
    const suggestion = await socket.next("suggestion");
    expect(suggestion.question).toBe("你在上一家公司做过哪些性能优化？");
    const tokens = socket.all.filter((msg) => msg.type === "token" && msg.ref === suggestion.id);
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.map((t) => t.text).join("")).toBe(suggestion.text);
    expect(suggestion.text).toContain("3.2 秒");

    socket.send({ type: "ask" });
    const pushed = await socket.next("suggestion");
    expect(pushed.question).toBe("你在上一家公司做过哪些性能优化？");

    const again = await openSocket(m.browser, session.wsPath);
    const redrawn = await again.next("state");
    expect((redrawn.transcript as unknown[]).length).toBe(2);
    expect((redrawn.suggestions as { id: string }[]).map((s) => s.id)).toEqual([suggestion.id, pushed.id]);
    // Reconnecting within a billed minute does not charge again.
    expect(await minuteRows(m.id, session.id)).toHaveLength(1);
  });

  it("keeps the state message small for long meetings: the latest lines within 60,000 characters", async () => {
    const m = await silverMember(30);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    for (let i = 0; i < 30; i++) {
      socket.send({ type: "transcript", speaker: "me", text: `${i}:${"很长的发言".repeat(790)}`, final: true });
    }
    socket.send({ type: "ask", text: "最后一个问题？" });
    await socket.next("suggestion");
    const again = await openSocket(m.browser, session.wsPath);
    const lines = (await again.next("state")).transcript as { text: string }[];
    expect(lines.reduce((sum, line) => sum + line.text.length, 0)).toBeLessThanOrEqual(60_000);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.at(-1)?.text.startsWith("29:")).toBe(true);
  });

  it("refuses a fourth suggestion while three are queued (SESSION_BUSY)", async () => {
    const m = await silverMember(30);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    await runInDurableObject(env.MEETING_SESSIONS.getByName(session.id), async (instance) => {
      Reflect.set(instance, "queued", 3);
    });
    socket.send({ type: "ask", text: "你为什么想加入我们？" });
    expect(await socket.next("error")).toMatchObject({ code: "SESSION_BUSY" });
    await runInDurableObject(env.MEETING_SESSIONS.getByName(session.id), async (instance) => {
      Reflect.set(instance, "queued", 0);
    });
    socket.send({ type: "ask", text: "你为什么想加入我们？" });
    expect(await socket.next("suggestion")).toMatchObject({ question: "你为什么想加入我们？" });
  });

  it("push-to-ask with nothing said yet answers an error", async () => {
    const m = await silverMember(30);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    socket.send({ type: "ask" });
    expect(await socket.next("error")).toMatchObject({ code: "VALIDATION_FAILED" });
    socket.send({ type: "ask", text: "请做一个自我介绍" });
    expect(await socket.next("suggestion")).toMatchObject({ question: "请做一个自我介绍" });
  });

  it("bills each started minute by alarm while connected, warns two minutes ahead, ends at zero exactly once", async () => {
    const m = await silverMember(12);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    expect(await socket.next("billing")).toMatchObject({ minutesBilled: 1, pointsBalance: 9, lowBalance: false });
    expect(await fireTimer(env.MEETING_SESSIONS, session.id, "bill")).toBe(true);
    expect(await socket.next("billing")).toMatchObject({
      minutesBilled: 2,
      pointsBalance: 6,
      minutesLeft: 2,
      lowBalance: true,
    });
    await fireTimer(env.MEETING_SESSIONS, session.id, "bill");
    await fireTimer(env.MEETING_SESSIONS, session.id, "bill");
    expect(await minuteRows(m.id, session.id)).toHaveLength(4);
    await fireTimer(env.MEETING_SESSIONS, session.id, "bill");
    expect(await socket.next("ended")).toMatchObject({ reason: "balance", result: { minutesBilled: 4 } });
    // Nothing is billed after the end, whatever fires.
    expect(await fireTimer(env.MEETING_SESSIONS, session.id, "bill")).toBe(false);
    expect(await fireTimer(env.MEETING_SESSIONS, session.id, "idle")).toBe(false);
    expect(socket.closed()?.code).toBe(4000);

    expect(await minuteRows(m.id, session.id)).toHaveLength(4);
    const row = await sessionRow("meeting_sessions", session.id);
    expect(row).toMatchObject({ status: "ended", endReason: "balance", minutesBilled: 4, pointsSpent: 12 });
    await expectConsistent(m.id);

    const detail = (await (await m.browser.get(`/meetings/${session.id}`)).json()) as {
      session: { receipt: { minute: number; points: number }[]; minutesBilled: number; result: unknown };
    };
    expect(detail.session.receipt.map((line) => [line.minute, line.points])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
      [4, 3],
    ]);
    expect(detail.session.result).toMatchObject({ minutesBilled: 4 });
  });

  it("pauses billing when the user is gone beyond the grace period, and resumes on reconnect", async () => {
    const m = await silverMember(60);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    await socket.next("billing");
    socket.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await fireTimer(env.MEETING_SESSIONS, session.id, "bill");
    expect(await minuteRows(m.id, session.id)).toHaveLength(1);
    expect((await timers(env.MEETING_SESSIONS, session.id)).bill).toBeUndefined();

    // A socket still open but silent beyond the grace period counts as gone too.
    const silent = await openSocket(m.browser, session.wsPath);
    await silent.next("billing");
    expect(await minuteRows(m.id, session.id)).toHaveLength(2);
    await runInDurableObject(env.MEETING_SESSIONS.getByName(session.id), async (_instance, state) => {
      for (const ws of state.getWebSockets()) ws.serializeAttachment({ ...ws.deserializeAttachment(), lastSeen: 0 });
    });
    await fireTimer(env.MEETING_SESSIONS, session.id, "bill");
    expect(await minuteRows(m.id, session.id)).toHaveLength(2);
    // Speaking again starts a new billed minute.
    silent.send({ type: "transcript", speaker: "me", text: "我回来了", final: true });
    expect(await silent.next("billing")).toMatchObject({ minutesBilled: 3 });
  });

  it("ends with a summary and action items; duplicate ends write once", async () => {
    const m = await silverMember(30);
    await m.resume();
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    socket.send({ type: "transcript", speaker: "other", text: "请介绍一下你负责的组件库项目？", final: true });
    await socket.next("suggestion");
    socket.send({ type: "transcript", speaker: "me", text: "好的，我下周一把作品集发给您。", final: true });
    socket.send({ type: "end" });
    socket.send({ type: "end" });
    const ended = await socket.next("ended");
    const result = ended.result as { summary: string; actionItems: string[]; minutesBilled: number };
    expect(result.summary.length).toBeGreaterThan(10);
    expect(result.actionItems.join("\n")).toContain("作品集");
    expect(result.minutesBilled).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.all.filter((msg) => msg.type === "ended")).toHaveLength(1);
    const row = await sessionRow("meeting_sessions", session.id);
    expect(row).toMatchObject({ status: "ended", endReason: "end", minutesBilled: 1, pointsSpent: 3 });
    expect(JSON.parse(row?.result ?? "null")).toEqual(result);
  });
});

describe("meeting assistant with a model (OpenAI-compatible server on loopback)", () => {
  it("streams the model's suggestion and takes its summary", async () => {
    const m = await silverMember(30);
    const title = marker("live-meeting-model");
    const session = await started(m, { title });
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    await runInDurableObject(env.MEETING_SESSIONS.getByName(session.id), async (instance) => {
      Reflect.set(
        instance,
        "gatewayInstance",
        gateway(openaiEnv(), { db: createDb(env.DB), offline: liveOfflineEngine }),
      );
    });
    await script(title, [
      { chunks: ["思路：先讲结论。", "\n• 用首屏优化的例子"] },
      { content: JSON.stringify({ summary: "讨论了性能优化经历。", actionItems: ["周一前发送作品集"] }) },
    ]);
    socket.send({ type: "transcript", speaker: "other", text: "你做过哪些性能优化？", final: true });
    const suggestion = await socket.next("suggestion");
    expect(suggestion.text).toBe("思路：先讲结论。\n• 用首屏优化的例子");
    const requests = await received(title);
    expect(JSON.stringify(requests[0]?.body)).toContain("你做过哪些性能优化？");
    socket.send({ type: "end" });
    expect(await socket.next("ended")).toMatchObject({
      result: { summary: "讨论了性能优化经历。", actionItems: ["周一前发送作品集"], minutesBilled: 1 },
    });
  });
});
