import { env } from "cloudflare:test";
import { createDb, type Db } from "../../worker/db/client";
import { newId } from "../../worker/db/ids";
import type { DiagnosisResult, Job } from "../../worker/modules/analysis/schemas";
import { grant } from "../../worker/modules/points/ledger";
import type { ResumeSection } from "../../worker/modules/resumes/schemas";
import { Browser, signedIn } from "../api/auth/support";
import { eventually } from "../helpers";
import { ensurePlans, expectConsistent } from "../points/support";

export { ensurePlans, expectConsistent };
export const db: Db = createDb(env.DB);

/** A Chinese résumé as extraction leaves it: normalised text and its sections. */
export const ZH_RESUME: { text: string; sections: ResumeSection[] } = (() => {
  const sections: ResumeSection[] = [
    {
      kind: "contact",
      title: "个人信息",
      text: "张伟\n电话：138 1234 5678\n邮箱：zhangwei@example.com\n微信：zw_dev2024",
    },
    {
      kind: "summary",
      title: "个人简介",
      text: "五年前端开发经验，熟悉 react 与 typescript，负责过电商平台的性能优化。",
    },
    {
      kind: "experience",
      title: "工作经历",
      text: [
        "2021.07 - 至今  上海星云科技有限公司  高级前端工程师",
        "- 负责商城首页重构，首屏加载时间从 3.2 秒降低到 1.1 秒",
        "- 参与设计组件库，服务 12 个业务团队",
        "- 负责日常需求开发",
        "2019.07 - 2021.06  杭州数联网络有限公司  前端工程师",
        "- 维护后台管理系统",
        "- 使用 vue 开发活动页面",
      ].join("\n"),
    },
    {
      kind: "projects",
      title: "项目经历",
      text: "星云商城小程序：使用 Taro 开发，日活 20 万；负责支付流程与埋点方案。",
    },
    { kind: "education", title: "教育背景", text: "2015.09 - 2019.06  浙江大学  计算机科学与技术  本科" },
    { kind: "skills", title: "专业技能", text: "javascript、typescript、react、vue、webpack、node.js、git" },
  ];
  return { sections, text: sections.map((s) => `${s.title}\n${s.text}`).join("\n\n") };
})();

/** A signed-in member with helpers for points, tiers and résumés. */
export async function member() {
  const account = await signedIn(new Browser());
  const { browser, id } = account;
  return {
    ...account,
    async points(points: number) {
      await grant(db, {
        userId: id,
        points,
        reason: "admin_adjust",
        idempotencyKey: `test-grant:${id}:${crypto.randomUUID()}`,
      });
    },
    async tier(tier: "normal" | "bronze" | "silver" | "gold") {
      await env.DB.prepare("UPDATE users SET tier = ? WHERE id = ?").bind(tier, id).run();
    },
    async locale(locale: "zh-CN" | "en") {
      await env.DB.prepare("UPDATE users SET locale = ? WHERE id = ?").bind(locale, id).run();
    },
    async resume(content = ZH_RESUME) {
      return insertResume(id, content);
    },
    submit(path: "/diagnoses" | "/interview-preps", body: unknown, key?: string) {
      return browser.post(path, body, key ? { "Idempotency-Key": key } : {});
    },
  };
}
export type Member = Awaited<ReturnType<typeof member>>;

/** A résumé row as the upload module stores it (the analysis only reads text and sections). */
export async function insertResume(userId: string, content = ZH_RESUME): Promise<string> {
  const id = newId();
  await env.DB.prepare(
    `INSERT INTO resumes (id, user_id, r2_key, filename, size_bytes, pages, sha256, text, sections_json)
     VALUES (?, ?, ?, '张伟-前端.pdf', 1024, 1, ?, ?, ?)`,
  )
    .bind(id, userId, `resumes/${userId}/${id}.pdf`, id, content.text, JSON.stringify(content.sections))
    .run();
  return id;
}

export async function jobRow(id: string) {
  return env.DB.prepare(
    `SELECT id, user_id AS userId, kind, status, stage, error, attempts, points_cost AS pointsCost,
       hold_ledger_key AS holdKey, result_json AS result, idempotency_key AS idempotencyKey, finished_at AS finishedAt
     FROM analysis_jobs WHERE id = ?`,
  )
    .bind(id)
    .first<{
      id: string;
      userId: string;
      kind: string;
      status: string;
      stage: string | null;
      error: string | null;
      attempts: number;
      pointsCost: number;
      holdKey: string | null;
      result: string | null;
      idempotencyKey: string | null;
      finishedAt: number | null;
    }>();
}

export async function jobCount(userId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM analysis_jobs WHERE user_id = ?")
    .bind(userId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** The user's ledger rows, oldest first. */
export async function ledger(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT delta, reason, idempotency_key AS key, ref_type AS refType, ref_id AS refId FROM points_ledger WHERE user_id = ? ORDER BY created_at, rowid",
  )
    .bind(userId)
    .all<{ delta: number; reason: string; key: string; refType: string | null; refId: string | null }>();
  return results;
}

export async function balanceOf(userId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT points_balance AS b FROM users WHERE id = ?")
    .bind(userId)
    .first<{ b: number }>();
  return row?.b ?? 0;
}

export async function messagesOf(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT id, kind, title, body, data_json AS data FROM messages WHERE user_id = ? ORDER BY created_at",
  )
    .bind(userId)
    .all<{ id: string; kind: string; title: string; body: string; data: string }>();
  return results;
}

/** Waits until the job (read through the API, as the UI does) has finished. */
export async function finished(m: Member, path: "/diagnoses" | "/interview-preps", id: string): Promise<Job> {
  return eventually(
    async () => {
      const res = await m.browser.get(`${path}/${id}`);
      const { job } = (await res.json()) as { job: Job };
      return job.status === "succeeded" || job.status === "failed" ? job : undefined;
    },
    { timeoutMs: 25_000, intervalMs: 50 },
  );
}

/** A diagnosis result with known Chinese text, for report tests that do not need the engine. */
export const SAMPLE_DIAGNOSIS: DiagnosisResult = {
  score: 72,
  dimensions: [
    { key: "completeness", label: "内容完整度", score: 85, comment: "主要模块齐全，缺少获奖经历。" },
    { key: "quantified", label: "成果量化", score: 58, comment: "多数经历没有给出数据。" },
    { key: "keywords", label: "关键词匹配", score: 64, comment: "缺少岗位要求中的性能监控相关经验。" },
  ],
  issues: [
    {
      severity: "medium",
      section: "专业技能",
      evidence: "javascript、typescript、react",
      suggestion: "技术名词请使用规范大小写：JavaScript、TypeScript、React。",
    },
    {
      severity: "high",
      section: "工作经历",
      evidence: "负责日常需求开发",
      suggestion: "用“动作 + 结果 + 数据”重写，例如：独立交付 40+ 需求，线上缺陷率下降 30%。",
    },
  ],
  keywords: { matched: ["React", "TypeScript", "性能优化"], missing: ["Kubernetes", "可观测性"] },
  summary: "简历结构清晰，前端基础扎实；建议补充量化成果，并突出与目标岗位相关的性能监控经验。",
  meta: { engine: "offline-engine@test", rubricVersion: "r1", promptVersion: "diagnosis.v1" },
};

/** A succeeded diagnosis row (no engine involved) with `result`. */
export async function succeededDiagnosis(userId: string, result: DiagnosisResult = SAMPLE_DIAGNOSIS) {
  const resumeId = await insertResume(userId);
  const id = newId();
  await env.DB.prepare(
    `INSERT INTO analysis_jobs (id, user_id, kind, resume_id, input_json, status, stage, result_json, points_cost, created_at, finished_at)
     VALUES (?, ?, 'diagnosis', ?, ?, 'succeeded', 'done', ?, 20, ?, ?)`,
  )
    .bind(
      id,
      userId,
      resumeId,
      JSON.stringify({ targetRole: "高级前端工程师", locale: "zh-CN", allowContactsToModel: false }),
      JSON.stringify(result),
      Date.now(),
      Date.now(),
    )
    .run();
  return id;
}
