import { env, evictDurableObject, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { liveOfflineEngine } from "../../worker/modules/live/stream";
import { gateway, marker, openaiEnv, received, script } from "../ai/helpers";
import { expectConsistent, insertResume, member } from "../analysis/support";
import { errorOf, eventually } from "../helpers";
import { fireTimer, ledgerKeys, openSocket, sessionRow, type TestSocket, timers } from "./support";

const THIN = "我做过这个。";
const RICH =
  "当时我们的商城首页加载很慢，首屏要 3.2 秒，转化率持续下降。我的任务是在一个月内把首屏时间降到 1.5 秒以内。" +
  "我首先用 Lighthouse 和性能埋点定位瓶颈，然后推动图片懒加载、代码分割和接口合并，并设计了灰度方案。" +
  "最终首屏时间从 3.2 秒降低到 1.1 秒，转化率提升了 8%，这个方案后来被推广到 12 个业务团队。";

type Session = { id: string; status: string; wsPath: string };

async function bronzeMember(points = 100) {
  const m = await member();
  await m.tier("bronze");
  if (points > 0) await m.points(points);
  return m;
}

async function create(m: Awaited<ReturnType<typeof member>>, body: unknown = {}, key?: string) {
  return m.browser.post(
    "/mock-interviews",
    { targetRole: "前端工程师", questionCount: 3, language: "zh-CN", ...(body as object) },
    key ? { "Idempotency-Key": key } : {},
  );
}

async function started(m: Awaited<ReturnType<typeof member>>, body: unknown = {}) {
  const res = await create(m, body);
  expect(res.status).toBe(201);
  return ((await res.json()) as { session: Session }).session;
}

/** Answers until the next question (or the end) arrives; answers a 追问 with the rich answer. */
async function answer(socket: TestSocket, text: string) {
  socket.send({ type: "answer", text });
  const feedback = await socket.next("feedback");
  return feedback;
}

describe("mock interview: create", () => {
  it("answers 201 with the session and its wsPath, holding the session's points", async () => {
    const m = await bronzeMember(100);
    const session = await started(m);
    expect(session).toMatchObject({ status: "created", wsPath: `/api/v1/mock-interviews/${session.id}/ws` });
    const detail = await m.browser.get(`/mock-interviews/${session.id}`);
    expect(await detail.json()).toMatchObject({
      session: { id: session.id, targetRole: "前端工程师", questionCount: 3, pointsCost: 30, result: null },
    });
    const keys = await ledgerKeys(m.id);
    expect(keys.at(-1)).toMatchObject({ key: `interview:${session.id}:hold`, delta: -30, reason: "hold" });
    await expectConsistent(m.id);
  });

  it("refuses members below bronze (403 TIER_REQUIRED) and short balances (402), leaving nothing", async () => {
    const normal = await member();
    await normal.points(100);
    const refused = await create(normal);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("TIER_REQUIRED");

    const poor = await bronzeMember(29);
    const short = await create(poor);
    expect(short.status).toBe(402);
    expect((await errorOf(short)).code).toBe("INSUFFICIENT_POINTS");
    const list = (await (await poor.browser.get("/mock-interviews")).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(0);
  });

  it("validates the body and the résumé's owner", async () => {
    const m = await bronzeMember();
    for (const body of [{ questionCount: 2 }, { questionCount: 16 }, { targetRole: "" }, { style: "angry" }]) {
      const res = await create(m, body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("VALIDATION_FAILED");
    }
    const other = await member();
    const foreign = await insertResume(other.id);
    const res = await create(m, { resumeId: foreign });
    expect(res.status).toBe(404);
  });

  it("creates one session and one hold for concurrent submits with one Idempotency-Key", async () => {
    const m = await bronzeMember(100);
    const answers = await Promise.all(Array.from({ length: 5 }, () => create(m, {}, "double-click-1")));
    const ids = new Set<string>();
    for (const res of answers) {
      expect(res.status).toBe(201);
      ids.add(((await res.json()) as { session: Session }).session.id);
    }
    expect(ids.size).toBe(1);
    expect((await ledgerKeys(m.id)).filter((k) => k.reason === "hold")).toHaveLength(1);
    await expectConsistent(m.id);
  });
});

describe("mock interview: the WebSocket", () => {
  it("lets only the owner connect, from the app's origin, with a real upgrade", async () => {
    const m = await bronzeMember();
    const session = await started(m);
    const stranger = await member();
    const foreign = await stranger.browser.get(`/mock-interviews/${session.id}/ws`, { Upgrade: "websocket" });
    expect(foreign.status).toBe(404);
    const crossSite = await m.browser.get(`/mock-interviews/${session.id}/ws`, {
      Upgrade: "websocket",
      Origin: "https://evil.example",
    });
    expect(crossSite.status).toBe(403);
    expect((await errorOf(crossSite)).code).toBe("CSRF_REJECTED");
    const plain = await m.browser.get(`/mock-interviews/${session.id}/ws`);
    expect(plain.status).toBe(426);
    expect((await errorOf(plain)).code).toBe("UPGRADE_REQUIRED");
    m.browser.cookie = null;
    expect((await m.browser.get(`/mock-interviews/${session.id}/ws`, { Upgrade: "websocket" })).status).toBe(401);
  });

  it("runs an interview: question → thin answer → streamed feedback → one 追问 → next … → report, points taken once", async () => {
    const m = await bronzeMember(100);
    const resumeId = await m.resume();
    const session = await started(m, { resumeId, jobDescription: "熟悉 React、TypeScript 和性能优化" });
    const socket = await openSocket(m.browser, session.wsPath);
    const state = await socket.next("state");
    expect(state).toMatchObject({ status: "active", phase: "asking", total: 3, turns: [], result: null });
    expect((state.question as { index: number; text: string }).index).toBe(0);
    await eventually(async () => (await sessionRow("interview_sessions", session.id))?.status === "active");

    socket.send({ type: "answer", text: THIN });
    const tokens: string[] = [];
    const thin = await socket.next("feedback");
    for (const m of socket.all) if (m.type === "token") tokens.push(m.text as string);
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join("")).toBe(thin.feedback);
    expect(thin).toMatchObject({ index: 0, followUp: false, answer: THIN });
    const followUp = await socket.next("question");
    expect(followUp).toMatchObject({ index: 0, followUp: true, total: 3 });

    const second = await answer(socket, RICH);
    expect(second).toMatchObject({ index: 0, followUp: true });
    expect(second.score as number).toBeGreaterThan(thin.score as number);
    const star = second.star as Record<string, { present: boolean; evidence: string | null }>;
    for (const part of ["situation", "task", "action", "result"]) {
      expect(star[part]?.present).toBe(true);
      expect(RICH).toContain(star[part]?.evidence);
    }
    expect(await socket.next("question")).toMatchObject({ index: 1, followUp: false });
    await answer(socket, RICH);
    const third = await socket.next("question");
    expect(third).toMatchObject({ index: 2 });
    await answer(socket, RICH);
    const ended = await socket.next("ended");
    expect(ended.reason).toBe("completed");
    const result = ended.result as { overallScore: number; perQuestion: { followUp?: unknown }[] };
    expect(result.perQuestion).toHaveLength(3);
    expect(result.perQuestion[0]?.followUp).toEqual({ question: followUp.text, answer: RICH });
    expect(result.overallScore).toBeGreaterThan(0);

    const row = await sessionRow("interview_sessions", session.id);
    expect(row).toMatchObject({ status: "ended", endReason: "completed", pointsSpent: 30 });
    expect(JSON.parse(row?.result ?? "null")).toEqual(result);
    const keys = (await ledgerKeys(m.id)).map((k) => k.key);
    expect(keys.filter((k) => k.startsWith(`interview:${session.id}:`))).toEqual([
      `interview:${session.id}:hold`,
      `interview:${session.id}:capture`,
    ]);
    await expectConsistent(m.id);

    const detail = (await (await m.browser.get(`/mock-interviews/${session.id}`)).json()) as {
      session: { status: string; result: unknown };
    };
    expect(detail.session).toMatchObject({ status: "ended", result });
    const list = (await (await m.browser.get("/mock-interviews")).json()) as { items: { overallScore: number }[] };
    expect(list.items[0]?.overallScore).toBe(result.overallScore);
  });

  it("resumes after a dropped socket and after the object was evicted", async () => {
    const m = await bronzeMember();
    const session = await started(m);
    const first = await openSocket(m.browser, session.wsPath);
    await first.next("state");
    first.send({ type: "answer", text: RICH });
    const feedback = await first.next("feedback");
    const asked = await first.next("question");
    first.close();

    await evictDurableObject(env.INTERVIEW_SESSIONS.getByName(session.id));
    const again = await openSocket(m.browser, session.wsPath);
    const state = await again.next("state");
    expect(state).toMatchObject({ status: "active", phase: "asking" });
    expect(state.question).toMatchObject({ index: asked.index, text: asked.text });
    expect(state.turns).toEqual([expect.objectContaining({ index: 0, answer: RICH, feedback: feedback.feedback })]);
  });

  it("refuses a second answer while the first is assessed, and messages after the end", async () => {
    const m = await bronzeMember();
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    await runInDurableObject(env.INTERVIEW_SESSIONS.getByName(session.id), async (_instance, state) => {
      state.storage.sql.exec("UPDATE progress SET phase = 'assessing'");
    });
    socket.send({ type: "answer", text: RICH });
    expect(await socket.next("error")).toMatchObject({ code: "SESSION_BUSY" });
    socket.send({ type: "end" });
    await socket.next("ended");
  });

  it("ends exactly once under duplicate end messages and a timeout; no answer → points given back", async () => {
    const m = await bronzeMember(100);
    const session = await started(m);
    const a = await openSocket(m.browser, session.wsPath);
    const b = await openSocket(m.browser, session.wsPath);
    await a.next("state");
    await b.next("state");
    for (let i = 0; i < 3; i++) {
      a.send({ type: "end" });
      b.send({ type: "end" });
    }
    const ended = await a.next("ended");
    expect(ended).toMatchObject({ reason: "end", result: { overallScore: 0, perQuestion: [] } });
    await b.next("ended");
    expect(await fireTimer(env.INTERVIEW_SESSIONS, session.id, "idle")).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.all.filter((msg) => msg.type === "ended")).toHaveLength(1);
    expect(a.closed()?.code).toBe(4000);

    const row = await sessionRow("interview_sessions", session.id);
    expect(row).toMatchObject({ status: "ended", endReason: "end", pointsSpent: 0 });
    const keys = (await ledgerKeys(m.id)).filter((k) => k.key.startsWith(`interview:${session.id}:`));
    expect(keys.map((k) => k.reason)).toEqual(["hold", "release"]);
    await expectConsistent(m.id);

    // A late reconnect gets the final state and the result, then the close.
    const late = await openSocket(m.browser, session.wsPath);
    expect(await late.next("state")).toMatchObject({ status: "ended", phase: "ended", question: null });
    expect(await late.next("ended")).toMatchObject({ reason: "end" });
  });

  it("ends by the idle timeout (alarm), even when nobody ever connected", async () => {
    const m = await bronzeMember(100);
    const session = await started(m);
    const pending = await timers(env.INTERVIEW_SESSIONS, session.id);
    expect(pending.idle).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(await fireTimer(env.INTERVIEW_SESSIONS, session.id, "idle")).toBe(true);
    expect(await sessionRow("interview_sessions", session.id)).toMatchObject({ status: "ended", endReason: "timeout" });
    expect(Object.keys(await timers(env.INTERVIEW_SESSIONS, session.id))).toEqual(["purge"]);
    await expectConsistent(m.id);
  });

  it("keeps the end when D1 is unreachable and writes it by a retry timer later", async () => {
    const m = await bronzeMember(100);
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    await eventually(async () => (await sessionRow("interview_sessions", session.id))?.status === "active");
    const outage = { on: true };
    const flaky = new Proxy(env.DB, {
      get(target, key) {
        if (outage.on && (key === "prepare" || key === "batch")) throw new Error("D1 unavailable");
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await runInDurableObject(env.INTERVIEW_SESSIONS.getByName(session.id), async (instance) => {
      Reflect.set(instance, "dbInstance", createDb(flaky));
    });
    socket.send({ type: "end" });
    expect(await socket.next("ended")).toMatchObject({ reason: "end" });
    expect((await sessionRow("interview_sessions", session.id))?.status).toBe("active");
    const pending = await timers(env.INTERVIEW_SESSIONS, session.id);
    expect(pending.record).toBeGreaterThan(Date.now());

    outage.on = false;
    expect(await fireTimer(env.INTERVIEW_SESSIONS, session.id, "record")).toBe(true);
    expect(await sessionRow("interview_sessions", session.id)).toMatchObject({ status: "ended", endReason: "end" });
    const keys = (await ledgerKeys(m.id)).filter((k) => k.key.startsWith(`interview:${session.id}:`));
    expect(keys.map((k) => k.reason)).toEqual(["hold", "release"]);
    expect(Object.keys(await timers(env.INTERVIEW_SESSIONS, session.id))).toEqual(["purge"]);
  });

  it("forgets the session's storage a day after the end; D1 keeps the result", async () => {
    const m = await bronzeMember(100);
    const resumeId = await m.resume();
    const session = await started(m, { resumeId });
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    socket.send({ type: "answer", text: RICH });
    await socket.next("feedback");
    socket.send({ type: "end" });
    const ended = await socket.next("ended");
    const purgeAt = (await timers(env.INTERVIEW_SESSIONS, session.id)).purge ?? 0;
    expect(purgeAt).toBeGreaterThan(Date.now() + 23 * 3600_000);

    expect(await fireTimer(env.INTERVIEW_SESSIONS, session.id, "purge")).toBe(true);
    const tables = await runInDurableObject(env.INTERVIEW_SESSIONS.getByName(session.id), async (_i, state) =>
      ["session", "questions", "turns", "timers"].map(
        (table) => state.storage.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).one().n,
      ),
    );
    expect(tables).toEqual([0, 0, 0, 0]);
    const late = await m.browser.get(`/mock-interviews/${session.id}/ws`, { Upgrade: "websocket" });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).code).toBe("SESSION_ENDED");
    const detail = (await (await m.browser.get(`/mock-interviews/${session.id}`)).json()) as {
      session: { result: unknown };
    };
    expect(detail.session.result).toEqual(ended.result);
  });

  it("answers invalid messages with a validation error", async () => {
    const m = await bronzeMember();
    const session = await started(m);
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    socket.send({ type: "answer", text: "" });
    expect(await socket.next("error")).toMatchObject({ code: "VALIDATION_FAILED" });
    socket.send("not json");
    expect(await socket.next("error")).toMatchObject({ code: "MALFORMED_JSON" });
    socket.send({ type: "ping" });
    expect(await socket.next("pong")).toEqual({ type: "pong" });
  });
});

describe("mock interview with a model (OpenAI-compatible server on loopback)", () => {
  /** Points the session's AI gateway at the loopback server (production reads AI_PROVIDER from the env). */
  async function withModel(sessionId: string) {
    await runInDurableObject(env.INTERVIEW_SESSIONS.getByName(sessionId), async (instance) => {
      Reflect.set(
        instance,
        "gatewayInstance",
        gateway(openaiEnv(), { db: createDb(env.DB), offline: liveOfflineEngine }),
      );
    });
  }

  it("streams the model's feedback and lets it adapt the next question to the answer", async () => {
    const m = await bronzeMember();
    const role = marker("live-model");
    const session = await started(m, { targetRole: role });
    const socket = await openSocket(m.browser, session.wsPath);
    await socket.next("state");
    await withModel(session.id);
    await script(role, [
      { chunks: ["回答结构", "清楚，", "结果量化到位。"] },
      { content: "你提到首屏从 3.2 秒降到 1.1 秒，这个过程中最难的取舍是什么？" },
    ]);
    socket.send({ type: "answer", text: RICH });
    const feedback = await socket.next("feedback");
    expect(feedback.feedback).toBe("回答结构清楚，结果量化到位。");
    expect(socket.all.filter((msg) => msg.type === "token").map((msg) => msg.text)).toEqual([
      "回答结构",
      "清楚，",
      "结果量化到位。",
    ]);
    expect(await socket.next("question")).toMatchObject({
      index: 1,
      followUp: false,
      text: "你提到首屏从 3.2 秒降到 1.1 秒，这个过程中最难的取舍是什么？",
    });
    const requests = await received(role);
    expect(requests).toHaveLength(2);
    expect(JSON.stringify(requests[1]?.body)).toContain("转化率提升了 8%");
  });

  it("falls back to the offline engine's feedback when the model fails", async () => {
    const m = await bronzeMember();
    const role = marker("live-model-down");
    const session = await started(m, { targetRole: role });
    const socket = await openSocket(m.browser, session.wsPath);
    const state = await socket.next("state");
    await withModel(session.id);
    await script(role, [
      { status: 500, errorMessage: "down" },
      { status: 500, errorMessage: "down" },
      { status: 500, errorMessage: "down" },
      { status: 500, errorMessage: "down" },
    ]);
    socket.send({ type: "answer", text: RICH });
    const feedback = await socket.next("feedback");
    expect((feedback.feedback as string).length).toBeGreaterThan(10);
    const next = await socket.next("question");
    expect(next.text).not.toBe((state.question as { text: string }).text);
  });
});
