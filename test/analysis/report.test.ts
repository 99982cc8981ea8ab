import { env } from "cloudflare:test";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDiagnosisReport } from "../../worker/modules/analysis/report-render";
import { DiagnosisResultSchema, JobEnvelopeSchema } from "../../worker/modules/analysis/schemas";
import { errorOf } from "../helpers";
import {
  balanceOf,
  ensurePlans,
  expectConsistent,
  finished,
  ledger,
  member,
  SAMPLE_DIAGNOSIS,
  succeededDiagnosis,
} from "./support";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return text;
}

async function download(m: Awaited<ReturnType<typeof member>>, id: string) {
  const res = await m.browser.get(`/diagnoses/${id}/report.pdf`);
  return { res, bytes: res.status === 200 ? new Uint8Array(await res.arrayBuffer()) : null };
}

const isPdf = (bytes: Uint8Array | null) => bytes !== null && new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";

describe("GET /diagnoses/:id/report.pdf", () => {
  it("renders the engine's diagnosis as a PDF whose Chinese text extracts (real queue, real engine)", async () => {
    const m = await member();
    await m.tier("silver");
    await m.points(20);
    const submitted = await m.submit("/diagnoses", {
      resumeId: await m.resume(),
      targetRole: "高级前端工程师",
      jobDescription: "熟悉 React、TypeScript、Kubernetes，有性能监控经验。",
    });
    const { job: queued } = JobEnvelopeSchema.parse(await submitted.json());
    const job = await finished(m, "/diagnoses", queued.id);
    const result = DiagnosisResultSchema.parse(job.result);

    const { res, bytes } = await download(m, job.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toContain(`zhimai-diagnosis-${job.id}.pdf`);
    expect(isPdf(bytes)).toBe(true);
    const text = (await pdfText(bytes as Uint8Array)).replace(/\s+/g, "");
    expect(text).toContain("简历诊断报告");
    expect(text).toContain("高级前端工程师");
    expect(text).toContain(String(result.score));
    expect(text).toContain(result.summary.replace(/\s+/g, "").slice(0, 12));
    for (const dimension of result.dimensions) expect(text).toContain(dimension.label.replace(/\s+/g, ""));
    const quoted = result.issues.find((issue) => /\p{Script=Han}/u.test(issue.evidence));
    expect(quoted).toBeDefined();
    expect(text).toContain((quoted?.evidence ?? "").replace(/\s+/g, "").slice(0, 8));
    for (const keyword of result.keywords.missing) expect(text).toContain(keyword.replace(/\s+/g, ""));

    // Cached in R2 under reports/<jobId>.pdf, and served from there.
    const cached = await env.FILES.get(`reports/${job.id}.pdf`);
    expect(cached).not.toBeNull();
    expect(new Uint8Array((await cached?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
  });

  it("answers 403 TIER_REQUIRED to a normal member", async () => {
    const m = await member();
    await m.points(50);
    const id = await succeededDiagnosis(m.id);
    const { res } = await download(m, id);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("TIER_REQUIRED");
    expect(await balanceOf(m.id)).toBe(50);
    expect(await env.FILES.get(`reports/${id}.pdf`)).toBeNull();
  });

  it("charges a bronze member 2 points once; downloading again is free", async () => {
    const m = await member();
    await m.tier("bronze");
    await m.points(5);
    const id = await succeededDiagnosis(m.id);
    const first = await download(m, id);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get("X-Points-Charged")).toBe("2");
    expect(isPdf(first.bytes)).toBe(true);
    const second = await download(m, id);
    expect(second.res.status).toBe(200);
    expect(second.res.headers.get("X-Points-Charged")).toBe("0");
    expect(second.bytes).toEqual(first.bytes);

    const charges = (await ledger(m.id)).filter((row) => row.key === `report:${id}`);
    expect(charges).toEqual([{ delta: -2, reason: "spend", key: `report:${id}`, refType: "report", refId: id }]);
    expect(await balanceOf(m.id)).toBe(3);

    // Concurrent downloads of another report still charge once.
    const other = await succeededDiagnosis(m.id);
    const results = await Promise.all([download(m, other), download(m, other), download(m, other)]);
    expect(results.map((r) => r.res.status)).toEqual([200, 200, 200]);
    expect((await ledger(m.id)).filter((row) => row.key === `report:${other}`)).toHaveLength(1);
    expect(await balanceOf(m.id)).toBe(1);
    await expectConsistent(m.id);
  });

  it("answers 402 to a bronze member short of points, and still serves reports already paid for", async () => {
    const m = await member();
    await m.tier("bronze");
    await m.points(2);
    const paid = await succeededDiagnosis(m.id);
    expect((await download(m, paid)).res.status).toBe(200);
    const unpaid = await succeededDiagnosis(m.id);
    const { res } = await download(m, unpaid);
    expect(res.status).toBe(402);
    expect((await errorOf(res)).code).toBe("INSUFFICIENT_POINTS");
    expect((await download(m, paid)).res.status).toBe(200);
    expect(await balanceOf(m.id)).toBe(0);
  });

  it("is free for silver and above, and for a member with a running plan", async () => {
    const silver = await member();
    await silver.tier("silver");
    const id = await succeededDiagnosis(silver.id);
    const { res, bytes } = await download(silver, id);
    expect(res.status).toBe(200);
    expect(isPdf(bytes)).toBe(true);
    expect((await ledger(silver.id)).filter((row) => row.key.startsWith("report:"))).toEqual([]);

    const gold = await member();
    await gold.tier("gold");
    expect((await download(gold, await succeededDiagnosis(gold.id))).res.status).toBe(200);

    const planHolder = await member();
    await ensurePlans();
    await env.DB.prepare("INSERT INTO memberships (user_id, plan_code, starts_at, ends_at) VALUES (?, 'week', ?, ?)")
      .bind(planHolder.id, Date.now() - 1000, Date.now() + 86_400_000)
      .run();
    const planned = await download(planHolder, await succeededDiagnosis(planHolder.id));
    expect(planned.res.status).toBe(200);
    expect(await balanceOf(planHolder.id)).toBe(0);
  });

  it("answers 409 JOB_NOT_READY while the diagnosis has not succeeded, and 404 for a prep", async () => {
    const m = await member();
    await m.tier("silver");
    const id = await succeededDiagnosis(m.id);
    await env.DB.prepare("UPDATE analysis_jobs SET status = 'running', stage = 'analysing' WHERE id = ?")
      .bind(id)
      .run();
    const { res } = await download(m, id);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe("JOB_NOT_READY");
    await env.DB.prepare("UPDATE analysis_jobs SET kind = 'prep' WHERE id = ?").bind(id).run();
    expect((await download(m, id)).res.status).toBe(404);
  });
});

describe("renderDiagnosisReport", () => {
  it("lays out every part of the result, in Chinese or English, across pages", async () => {
    const many = {
      ...SAMPLE_DIAGNOSIS,
      issues: Array.from({ length: 14 }, (_, i) => ({
        severity: (["high", "medium", "low"] as const)[i % 3] ?? "low",
        section: "工作经历",
        evidence: `第${i + 1}条：负责日常需求开发，参与若干项目，沟通协调能力强，具备良好的团队合作精神与抗压能力`,
        suggestion: `建议${i + 1}：量化成果，例如“将接口响应时间从 800ms 降到 120ms”，并说明你的具体贡献。`,
      })),
    };
    const zh = await renderDiagnosisReport({
      jobId: "J1",
      result: many,
      targetRole: "高级前端工程师",
      locale: "zh-CN",
      createdAt: new Date("2026-01-02T03:04:05Z"),
    });
    const pdf = await getDocumentProxy(zh.slice());
    expect(pdf.numPages).toBeGreaterThan(1);
    const text = (await pdfText(zh)).replace(/\s+/g, "");
    for (const part of [
      "综合得分",
      "分项评分",
      "问题与修改建议",
      "关键词匹配",
      "建议补充",
      "可观测性",
      "第14条",
      "建议14",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain(`第1/${pdf.numPages}页`);
    // Each subset embeds only the glyphs used: far smaller than the 2.4 MB font.
    expect(zh.length).toBeLessThan(200_000);

    const en = await renderDiagnosisReport({
      jobId: "J2",
      result: SAMPLE_DIAGNOSIS,
      targetRole: null,
      locale: "en",
      createdAt: new Date(),
    });
    const enText = await pdfText(en);
    expect(enText).toContain("Résumé diagnosis report");
    expect(enText).toContain("Issues and suggestions");
    expect(enText.replace(/\s+/g, "")).toContain("简历结构清晰");
  });

  it("shows characters outside the font as □ instead of dropping them", async () => {
    const bytes = await renderDiagnosisReport({
      jobId: "J3",
      result: { ...SAMPLE_DIAGNOSIS, summary: "表情😀与生僻字𠀀之外的文字照常显示" },
      targetRole: null,
      locale: "zh-CN",
      createdAt: new Date(),
    });
    expect((await pdfText(bytes)).replace(/\s+/g, "")).toContain("表情□与生僻字□之外的文字照常显示");
  });
});
