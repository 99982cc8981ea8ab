import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { analysisRunHandler, createAnalysisRunHandler } from "../../queues/analysis";
import { dispatchDeadLetters, dispatchJobs } from "../../queues/dispatch";
import { newId } from "../../worker/db/ids";
import { failAnalysisJob, runAnalysisJob } from "../../worker/modules/analysis/run";
import { analysisRunner } from "../../worker/modules/analysis/runner";
import {
  DiagnosisResultSchema,
  type Job,
  JobEnvelopeSchema,
  JobListSchema,
  type JobStage,
  PrepResultSchema,
} from "../../worker/modules/analysis/schemas";
import { hold, holdState } from "../../worker/modules/points/ledger";
import { errorOf, recordingBatch } from "../helpers";
import {
  balanceOf,
  db,
  expectConsistent,
  finished,
  insertResume,
  jobCount,
  jobRow,
  ledger,
  type Member,
  member,
  messagesOf,
  SAMPLE_DIAGNOSIS,
  ZH_RESUME,
} from "./support";

const JD = "岗位要求：精通 React、TypeScript，熟悉 Kubernetes 与前端性能监控，有 Node.js 服务端开发经验者优先。";

async function submitDiagnosis(m: Member, resumeId: string, key?: string) {
  return m.submit("/diagnoses", { resumeId, targetRole: "高级前端工程师", jobDescription: JD }, key);
}

async function jobOf(res: Response): Promise<Job> {
  return JobEnvelopeSchema.parse(await res.json()).job;
}

/** A queued job whose points are held, as submit leaves it, but without a queue message. */
async function queuedJob(userId: string, resumeId: string, points = 20, allowContactsToModel = false) {
  const id = newId();
  await env.DB.prepare(
    `INSERT INTO analysis_jobs (id, user_id, kind, resume_id, input_json, status, stage, points_cost, hold_ledger_key, created_at)
     VALUES (?, ?, 'diagnosis', ?, ?, 'queued', 'queued', ?, ?, ?)`,
  )
    .bind(
      id,
      userId,
      resumeId,
      JSON.stringify({ targetRole: "前端工程师", jobDescription: JD, locale: "zh-CN", allowContactsToModel }),
      points,
      `job:${id}:hold`,
      Date.now(),
    )
    .run();
  await hold(db, { userId, points, idempotencyKey: `job:${id}:hold`, refType: "job", refId: id });
  return id;
}

describe("POST /diagnoses through the real queue and the offline engine", () => {
  it("holds the points at submit, runs the engine, stores a valid result and captures the hold", async () => {
    const m = await member();
    await m.points(100);
    const resumeId = await m.resume();
    const res = await submitDiagnosis(m, resumeId);
    expect(res.status).toBe(202);
    const queued = await jobOf(res);
    expect(queued).toMatchObject({ kind: "diagnosis", status: "queued", stage: "queued", pointsCost: 20, resumeId });
    expect(queued.targetRole).toBe("高级前端工程师");

    const job = await finished(m, "/diagnoses", queued.id);
    expect(job.status).toBe("succeeded");
    expect(job.stage).toBe("done");
    expect(job.finishedAt).not.toBeNull();
    const result = DiagnosisResultSchema.parse(job.result);
    expect(result.score).toBeGreaterThan(0);
    expect(result.issues.length).toBeGreaterThan(0);
    // Findings quote the résumé itself.
    expect(result.issues.some((issue) => issue.evidence && ZH_RESUME.text.includes(issue.evidence.slice(0, 6)))).toBe(
      true,
    );
    expect(result.keywords.missing.join(" ")).toMatch(/Kubernetes/i);

    expect((await ledger(m.id)).filter((row) => row.key.startsWith(`job:${job.id}`))).toEqual([
      { delta: -20, reason: "hold", key: `job:${job.id}:hold`, refType: "job", refId: job.id },
      { delta: 0, reason: "capture", key: `job:${job.id}:capture`, refType: "job", refId: job.id },
    ]);
    expect(await balanceOf(m.id)).toBe(80);
    await expectConsistent(m.id);
    expect((await jobRow(job.id))?.attempts).toBe(1);

    const list = JobListSchema.parse(await (await m.browser.get("/diagnoses")).json());
    expect(list.items.map((item) => item.id)).toEqual([job.id]);
  });

  it("does nothing when a finished job's message is delivered again (queue and handler)", async () => {
    const m = await member();
    await m.points(20);
    const res = await submitDiagnosis(m, await m.resume());
    const job = await finished(m, "/diagnoses", (await jobOf(res)).id);
    const before = { row: await jobRow(job.id), ledger: await ledger(m.id) };

    await env.JOBS.send({ type: "analysis.run", jobId: job.id });
    await env.JOBS.send({ type: "analysis.run", jobId: job.id });
    await analysisRunHandler.handle({ type: "analysis.run", jobId: job.id }, env, createExecutionContext());
    await analysisRunHandler.handle({ type: "analysis.run", jobId: job.id }, env, createExecutionContext());
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(await jobRow(job.id)).toEqual(before.row);
    expect(await ledger(m.id)).toEqual(before.ledger);
    expect(await balanceOf(m.id)).toBe(0);
    // A dead letter arriving for a finished job changes nothing either.
    await failAnalysisJob(env, job.id, "ANALYSIS_FAILED");
    expect(await jobRow(job.id)).toEqual(before.row);
    expect(await messagesOf(m.id)).toEqual([]);
  });

  it("refuses with 402 INSUFFICIENT_POINTS and leaves no job and no ledger row", async () => {
    const m = await member();
    await m.points(19);
    const res = await submitDiagnosis(m, await m.resume(), "short-of-points-1");
    expect(res.status).toBe(402);
    expect((await errorOf(res)).code).toBe("INSUFFICIENT_POINTS");
    expect(await jobCount(m.id)).toBe(0);
    expect((await ledger(m.id)).map((row) => row.reason)).toEqual(["admin_adjust"]);
    expect(await balanceOf(m.id)).toBe(19);
    // The same key after a recharge is a new submit.
    await m.points(1);
    const retry = await submitDiagnosis(m, (await m.resume({ ...ZH_RESUME, text: `${ZH_RESUME.text}\n` })) as string);
    expect(retry.status).toBe(202);
  });

  it("creates one job and one hold for 10 concurrent submits with one Idempotency-Key", async () => {
    const m = await member();
    await m.points(100);
    const resumeId = await m.resume();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => submitDiagnosis(m, resumeId, "double-click-1234")),
    );
    expect(responses.map((res) => res.status)).toEqual(Array(10).fill(202));
    const ids = new Set(await Promise.all(responses.map(async (res) => (await jobOf(res)).id)));
    expect(ids.size).toBe(1);
    expect(await jobCount(m.id)).toBe(1);
    const [id] = [...ids] as [string];
    await finished(m, "/diagnoses", id);
    expect((await ledger(m.id)).filter((row) => row.reason === "hold")).toHaveLength(1);
    expect(await balanceOf(m.id)).toBe(80);
    // Later repeats answer the same job, now finished.
    const again = await jobOf(await submitDiagnosis(m, resumeId, "double-click-1234"));
    expect(again).toMatchObject({ id, status: "succeeded" });
    // The key names that submit: reusing it for another résumé is a conflict.
    const other = await submitDiagnosis(
      m,
      await m.resume({ ...ZH_RESUME, text: `${ZH_RESUME.text} ` }),
      "double-click-1234",
    );
    expect(other.status).toBe(409);
    await expectConsistent(m.id);
  });

  it("answers every concurrent repeat of a refused submit with 402, leaving nothing", async () => {
    const m = await member();
    await m.points(5);
    const resumeId = await m.resume();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => submitDiagnosis(m, resumeId, "refused-key-0001")),
    );
    expect(responses.map((res) => res.status)).toEqual(Array(6).fill(402));
    expect(await jobCount(m.id)).toBe(0);
    expect((await ledger(m.id)).map((row) => row.reason)).toEqual(["admin_adjust"]);
  });

  it("lets exactly 2 of 5 concurrent submits through when the points cover 2", async () => {
    const m = await member();
    await m.points(40);
    const resumeId = await m.resume();
    const responses = await Promise.all(Array.from({ length: 5 }, () => submitDiagnosis(m, resumeId)));
    const statuses = responses.map((res) => res.status).sort();
    expect(statuses).toEqual([202, 202, 402, 402, 402]);
    for (const res of responses.filter((r) => r.status === 402)) {
      expect((await errorOf(res)).code).toBe("INSUFFICIENT_POINTS");
    }
    expect(await jobCount(m.id)).toBe(2);
    const ids = await Promise.all(responses.filter((r) => r.status === 202).map(async (res) => (await jobOf(res)).id));
    for (const id of ids) expect((await finished(m, "/diagnoses", id)).status).toBe("succeeded");
    const rows = await ledger(m.id);
    expect(rows.filter((row) => row.reason === "hold")).toHaveLength(2);
    expect(rows.filter((row) => row.reason === "capture")).toHaveLength(2);
    expect(await balanceOf(m.id)).toBe(0);
    await expectConsistent(m.id);
  });
});

describe("POST /interview-preps through the real queue and the offline engine", () => {
  it("predicts questions from the résumé and the job description, charging the prediction cost once", async () => {
    const m = await member();
    await m.points(50);
    const resumeId = await m.resume();
    const res = await m.submit(
      "/interview-preps",
      { resumeId, targetRole: "高级前端工程师", jobDescription: JD, company: "星云科技" },
      "prep-submit-0001",
    );
    expect(res.status).toBe(202);
    const queued = await jobOf(res);
    expect(queued).toMatchObject({ kind: "prep", status: "queued", pointsCost: 20 });
    const job = await finished(m, "/interview-preps", queued.id);
    expect(job.status).toBe("succeeded");
    const result = PrepResultSchema.parse(job.result);
    expect(result.questions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(result.questions.map((q) => q.category))).toEqual(
      new Set(["technical", "project", "behavioral", "hr"]),
    );
    // Built from this résumé, not only from the bank.
    expect(result.questions.some((q) => /商城|组件库|小程序|Taro/.test(`${q.question}${q.why}`))).toBe(true);
    const rows = (await ledger(m.id)).filter((row) => row.refId === job.id);
    expect(rows.map((row) => row.reason)).toEqual(["hold", "capture"]);
    expect(await balanceOf(m.id)).toBe(30);
    const list = JobListSchema.parse(await (await m.browser.get("/interview-preps")).json());
    expect(list.items.map((item) => item.id)).toEqual([job.id]);
    expect(JobListSchema.parse(await (await m.browser.get("/diagnoses")).json()).items).toEqual([]);
  });
});

describe("ownership", () => {
  it("answers 404 for another user's résumé and jobs, and for the wrong kind", async () => {
    const alice = await member();
    const bob = await member();
    await alice.points(100);
    await bob.points(100);
    const aliceResume = await alice.resume();

    const stolen = await submitDiagnosis(bob, aliceResume);
    expect(stolen.status).toBe(404);
    const stolenPrep = await bob.submit("/interview-preps", { resumeId: aliceResume, targetRole: "前端工程师" });
    expect(stolenPrep.status).toBe(404);
    expect(await jobCount(bob.id)).toBe(0);
    expect(await balanceOf(bob.id)).toBe(100);

    const job = await jobOf(await submitDiagnosis(alice, aliceResume));
    expect((await bob.browser.get(`/diagnoses/${job.id}`)).status).toBe(404);
    expect((await bob.browser.get(`/diagnoses/${job.id}/report.pdf`)).status).toBe(404);
    expect((await alice.browser.get(`/interview-preps/${job.id}`)).status).toBe(404);
    expect((await alice.browser.get(`/diagnoses/${job.id}`)).status).toBe(200);
    expect(JobListSchema.parse(await (await bob.browser.get("/diagnoses")).json()).items).toEqual([]);

    await env.DB.prepare("UPDATE resumes SET deleted_at = ? WHERE id = ?").bind(Date.now(), aliceResume).run();
    expect((await submitDiagnosis(alice, aliceResume)).status).toBe(404);
    await finished(alice, "/diagnoses", job.id);
  });

  it("requires a session and validates the body", async () => {
    const m = await member();
    const anonymous = new (await import("../api/auth/support")).Browser();
    expect((await anonymous.post("/diagnoses", { resumeId: "x" })).status).toBe(401);
    expect((await anonymous.get("/interview-preps")).status).toBe(401);
    expect((await m.submit("/interview-preps", { resumeId: await m.resume() })).status).toBe(400);
    expect((await m.submit("/diagnoses", {})).status).toBe(400);
  });
});

describe("lists", () => {
  it("lists newest first with a cursor", async () => {
    const m = await member();
    await m.points(60);
    const resumeId = await m.resume();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await jobOf(await submitDiagnosis(m, resumeId))).id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const first = JobListSchema.parse(await (await m.browser.get("/diagnoses?limit=2")).json());
    expect(first.items.map((job) => job.id)).toEqual([ids[2], ids[1]]);
    const second = JobListSchema.parse(
      await (await m.browser.get(`/diagnoses?limit=2&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.items.map((job) => job.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect((await m.browser.get("/diagnoses?cursor=!!!")).status).toBe(400);
    for (const id of ids) await finished(m, "/diagnoses", id);
  });
});

describe("the consumer", () => {
  it("moves through the stages reading → analysing → writing → done, visible through the API", async () => {
    const m = await member();
    await m.points(20);
    const id = await queuedJob(m.id, await m.resume());
    const seen: Array<{ stage: JobStage; api: Pick<Job, "status" | "stage"> }> = [];
    await runAnalysisJob(env, id, {
      runner: analysisRunner,
      onStage: async (stage) => {
        const { job } = JobEnvelopeSchema.parse(await (await m.browser.get(`/diagnoses/${id}`)).json());
        seen.push({ stage, api: { status: job.status, stage: job.stage } });
      },
    });
    expect(seen).toEqual([
      { stage: "reading", api: { status: "running", stage: "reading" } },
      { stage: "analysing", api: { status: "running", stage: "analysing" } },
      { stage: "writing", api: { status: "running", stage: "writing" } },
      { stage: "done", api: { status: "succeeded", stage: "done" } },
    ]);
    expect(await holdState(db, `job:${id}:hold`)).toBe("captured");
  });

  it("finishes a job whose result was stored before a crash without running the engine again", async () => {
    const m = await member();
    await m.points(20);
    const id = await queuedJob(m.id, await m.resume());
    await env.DB.prepare("UPDATE analysis_jobs SET status = 'running', stage = 'writing', result_json = ? WHERE id = ?")
      .bind(JSON.stringify(SAMPLE_DIAGNOSIS), id)
      .run();
    const outcome = await runAnalysisJob(env, id, {
      runner: async () => {
        throw new Error("the engine must not run again");
      },
    });
    expect(outcome).toBe("succeeded");
    expect(await holdState(db, `job:${id}:hold`)).toBe("captured");
    expect(JSON.parse((await jobRow(id))?.result ?? "null")).toEqual(SAMPLE_DIAGNOSIS);
    // The dead letter of that message, arriving late, keeps the delivered result.
    expect(await failAnalysisJob(env, id, "ANALYSIS_FAILED")).toBe("finished");
    expect(await balanceOf(m.id)).toBe(0);
  });

  it("fails a job whose résumé was deleted, releases the hold and tells the user in their language", async () => {
    const m = await member();
    await m.locale("en");
    await m.points(30);
    const resumeId = await m.resume();
    const id = await queuedJob(m.id, resumeId);
    expect(await balanceOf(m.id)).toBe(10);
    await env.DB.prepare("UPDATE resumes SET deleted_at = ? WHERE id = ?").bind(Date.now(), resumeId).run();

    await env.JOBS.send({ type: "analysis.run", jobId: id });
    const job = await finished(m, "/diagnoses", id);
    expect(job).toMatchObject({ status: "failed", error: { code: "RESUME_GONE" } });
    expect(job.result).toBeUndefined();
    expect(await holdState(db, `job:${id}:hold`)).toBe("released");
    expect(await balanceOf(m.id)).toBe(30);
    const messages = await messagesOf(m.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "job_failed", title: "Your résumé diagnosis could not be completed" });
    expect(JSON.parse(messages[0]?.data ?? "{}")).toMatchObject({ jobId: id, code: "RESUME_GONE" });
    await expectConsistent(m.id);
  });

  it("retries a failing run, and the dead letter releases the hold, fails the job and writes one message", async () => {
    const m = await member();
    await m.points(20);
    const id = await queuedJob(m.id, await m.resume());
    let runs = 0;
    const failing = createAnalysisRunHandler(async () => {
      runs++;
      throw new Error("model unavailable");
    });
    const handlers = { "analysis.run": failing };
    const body = { type: "analysis.run", jobId: id };

    for (let attempt = 1; attempt <= 3; attempt++) {
      const { batch, outcome } = recordingBatch("zhimai-jobs", body, attempt);
      await dispatchJobs(batch, env, createExecutionContext(), handlers);
      expect(outcome).toEqual(["retry"]);
    }
    expect(runs).toBe(3);
    expect(await jobRow(id)).toMatchObject({ status: "running", attempts: 3 });
    expect(await holdState(db, `job:${id}:hold`)).toBe("held");
    expect(await balanceOf(m.id)).toBe(0);

    for (let delivery = 0; delivery < 2; delivery++) {
      const { batch, outcome } = recordingBatch("zhimai-jobs-dlq", body);
      await dispatchDeadLetters(batch, env, handlers);
      expect(outcome).toEqual(["ack"]);
    }
    const { job } = JobEnvelopeSchema.parse(await (await m.browser.get(`/diagnoses/${id}`)).json());
    expect(job).toMatchObject({ status: "failed", error: { code: "ANALYSIS_FAILED" } });
    expect(job.error?.message).toContain("积分已退回");
    expect(await holdState(db, `job:${id}:hold`)).toBe("released");
    expect((await ledger(m.id)).filter((row) => row.reason === "release")).toHaveLength(1);
    expect(await balanceOf(m.id)).toBe(20);
    const messages = await messagesOf(m.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "job_failed", title: "简历诊断未能完成" });
    // A late redelivery of the original message does nothing to the failed job.
    await analysisRunHandler.handle(body as never, env, createExecutionContext());
    expect(await jobRow(id)).toMatchObject({ status: "failed", attempts: 3 });
    await expectConsistent(m.id);
  });

  it("masks contact details in what a third-party model gets, unless the user opted in", async () => {
    const m = await member();
    await m.points(40);
    const sent: string[] = [];
    const fakeModel = {
      async run(_model: string, inputs: Record<string, unknown>) {
        const messages = inputs.messages as Array<{ role: string; content: string }>;
        sent.push(messages.find((message) => message.role === "user")?.content ?? "");
        return { response: SAMPLE_DIAGNOSIS, usage: { prompt_tokens: 900, completion_tokens: 300 } };
      },
    };
    const viaModel = { ...env, AI_PROVIDER: "workers-ai", AI: fakeModel } as unknown as Env;

    const masked = await queuedJob(m.id, await m.resume());
    expect(await runAnalysisJob(viaModel, masked, { runner: analysisRunner })).toBe("succeeded");
    const optedIn = await queuedJob(m.id, await m.resume({ ...ZH_RESUME, text: `${ZH_RESUME.text} ` }), 20, true);
    expect(await runAnalysisJob(viaModel, optedIn, { runner: analysisRunner })).toBe("succeeded");

    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain("负责商城首页重构");
    expect(sent[0]).toContain(JD);
    for (const secret of ["138 1234 5678", "zhangwei@example.com", "zw_dev2024"]) {
      expect(sent[0]).not.toContain(secret);
      expect(sent[1]).toContain(secret);
    }
    expect(sent[0]).toContain("[电话/phone]");
    const row = await env.DB.prepare("SELECT engine FROM analysis_jobs WHERE id = ?")
      .bind(masked)
      .first<string>("engine");
    expect(row).toMatch(/^workers-ai:/);
    expect(await balanceOf(m.id)).toBe(0);
  });

  it("ignores a message for an unknown job", async () => {
    expect(await runAnalysisJob(env, "nosuchjob", { runner: analysisRunner })).toBe("missing");
  });
});

describe("résumé fixtures", () => {
  it("inserts résumés owned by their user", async () => {
    const m = await member();
    const id = await insertResume(m.id);
    expect(id).toMatch(/^[0-9A-Za-z]{22}$/);
  });
});
