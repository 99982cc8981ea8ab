// Runs a job through the AI gateway: the offline engine answers by default (AI_PROVIDER=offline); a configured
// model provider gets the résumé with contact details masked unless the user opted in. The offline engine gets
// the résumé as is (it never leaves the Worker, and it checks contact completeness).

import { createAiGateway, type Feature, type OfflineHandlers } from "../../lib/ai";
import type { ResumeSection } from "../resumes/schemas";
import type { AnalysisRunner, ResumeForAnalysis } from "./run";
import { DiagnosisResultSchema, PrepResultSchema } from "./schemas";

/** What the offline engine gets (`offlineInput`). */
export interface OfflineAnalysisInput {
  text: string;
  sections: ResumeSection[];
  pages: number;
  targetRole?: string;
  jobDescription?: string;
  company?: string;
  locale: "zh-CN" | "en";
}

/** The user message for a model: the request, then the résumé by section (masked as decided by the caller). */
export function modelMessage(
  resume: ResumeForAnalysis,
  input: { targetRole?: string; jobDescription?: string; company?: string },
  mask: (text: string) => string,
): string {
  const parts: string[] = [];
  if (input.targetRole) parts.push(`Target role: ${input.targetRole}`);
  if (input.company) parts.push(`Company: ${input.company}`);
  if (input.jobDescription) parts.push(`Job description:\n<<<\n${input.jobDescription}\n>>>`);
  const body =
    resume.sections.length > 0
      ? resume.sections.map((s) => `## ${s.title || s.kind} [${s.kind}]\n${mask(s.text)}`).join("\n\n")
      : mask(resume.text);
  parts.push(`Résumé:\n<<<\n${body}\n>>>`);
  return parts.join("\n\n");
}

export interface GatewayRunnerOptions {
  /** The offline engine per gateway feature. */
  offline: OfflineHandlers;
  /** Masks phone numbers, emails, WeChat ids, addresses … in text bound for a third-party model. */
  maskContacts: (text: string) => string;
}

/** The production runner: one structured call per job through the gateway (recorded in ai_calls). */
export function createGatewayRunner(options: GatewayRunnerOptions): AnalysisRunner {
  return async ({ env, db, job, input, resume }) => {
    const gateway = createAiGateway(env as Parameters<typeof createAiGateway>[0], { db, offline: options.offline });
    const feature: Feature = job.kind === "diagnosis" ? "diagnosis" : "prep";
    const mask = input.allowContactsToModel ? (text: string) => text : options.maskContacts;
    const offlineInput: OfflineAnalysisInput = {
      text: resume.text,
      sections: resume.sections,
      pages: resume.pages,
      ...(input.targetRole ? { targetRole: input.targetRole } : {}),
      ...(input.jobDescription ? { jobDescription: input.jobDescription } : {}),
      ...(input.company ? { company: input.company } : {}),
      locale: input.locale,
    };
    const common = {
      feature,
      user: modelMessage(resume, input, mask),
      promptVars: {
        ...(input.targetRole ? { targetRole: input.targetRole } : {}),
        language: input.locale === "en" ? "English" : "Simplified Chinese (简体中文)",
      },
      offlineInput,
      userId: job.userId,
      jobId: job.id,
    };
    const answer =
      feature === "diagnosis"
        ? await gateway.generateStructured({ ...common, schema: DiagnosisResultSchema })
        : await gateway.generateStructured({ ...common, schema: PrepResultSchema });
    return { result: answer.data, engine: `${answer.engine}:${answer.model}@${answer.promptVersion}` };
  };
}
