import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../context";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { currentAuth, requireUser } from "../../middleware/auth";
import { IdempotencyKeySchema } from "../billing/schemas";
import { findUserJob, listUserJobs, type SubmitRequest, submitJob, toJob } from "./jobs";
import { downloadDiagnosisReport } from "./report";
import {
  DiagnosisRequestSchema,
  JobEnvelopeSchema,
  JobIdParamSchema,
  JobListQuerySchema,
  JobListSchema,
  PrepRequestSchema,
} from "./schemas";

const signedIn = [requireUser];
const SubmitHeadersSchema = z.object({ "idempotency-key": IdempotencyKeySchema.optional() });

function submitRoute<S extends z.ZodType>(path: string, schema: S, summary: string) {
  return createRoute({
    method: "post",
    path,
    tags: ["analysis"],
    summary,
    description:
      "Holds the job's points and queues it. An optional Idempotency-Key makes a repeated submit answer the same " +
      "job (or the same refusal).",
    middleware: signedIn,
    request: {
      headers: SubmitHeadersSchema,
      body: { content: { "application/json": { schema } }, required: true },
    },
    responses: {
      202: jsonContent(JobEnvelopeSchema, "The queued job (the first one again for a repeated key)"),
      ...errorResponses(
        "VALIDATION_FAILED",
        "UNAUTHENTICATED",
        "INSUFFICIENT_POINTS",
        "TIER_REQUIRED",
        "NOT_FOUND",
        "CONFLICT",
        "CSRF_REJECTED",
      ),
    },
  });
}

function listRoute(path: string, summary: string) {
  return createRoute({
    method: "get",
    path,
    tags: ["analysis"],
    summary,
    middleware: signedIn,
    request: { query: JobListQuerySchema },
    responses: {
      200: jsonContent(JobListSchema, "A page of jobs, newest first"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED"),
    },
  });
}

function getRoute(path: string, summary: string) {
  return createRoute({
    method: "get",
    path,
    tags: ["analysis"],
    summary,
    middleware: signedIn,
    request: { params: JobIdParamSchema },
    responses: {
      200: jsonContent(JobEnvelopeSchema, "The job with its stage, and its result once it succeeded"),
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
    },
  });
}

const routes = {
  submitDiagnosis: submitRoute("/diagnoses", DiagnosisRequestSchema, "Diagnose a résumé (简历诊断)"),
  listDiagnoses: listRoute("/diagnoses", "My diagnoses"),
  getDiagnosis: getRoute("/diagnoses/{id}", "One of my diagnoses"),
  report: createRoute({
    method: "get",
    path: "/diagnoses/{id}/report.pdf",
    tags: ["analysis"],
    summary: "The diagnosis report as a PDF",
    description:
      "Tier rules: normal → 403 TIER_REQUIRED; bronze → the configured points per report, charged once " +
      "(re-downloads are free); silver and above, or a running plan → free.",
    middleware: signedIn,
    request: { params: JobIdParamSchema },
    responses: {
      200: { description: "PDF", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } },
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND", "TIER_REQUIRED", "INSUFFICIENT_POINTS", "JOB_NOT_READY"),
    },
  }),
  submitPrep: submitRoute("/interview-preps", PrepRequestSchema, "Predict interview questions (面试押题)"),
  listPreps: listRoute("/interview-preps", "My interview preps"),
  getPrep: getRoute("/interview-preps/{id}", "One of my interview preps"),
};

async function submit(c: Context<AppEnv>, request: SubmitRequest, idempotencyKey: string | undefined) {
  const { user } = currentAuth(c);
  const job = await submitJob(c.get("db"), c.env, { user, request, idempotencyKey, locale: c.get("locale") });
  return toJob(job, c.get("locale"));
}

export const analysisRoutes = createRouter()
  .openapi(routes.submitDiagnosis, async (c) => {
    const body = c.req.valid("json");
    const job = await submit(c, { kind: "diagnosis", body }, c.req.valid("header")["idempotency-key"]);
    return c.json({ job }, 202);
  })
  .openapi(routes.listDiagnoses, async (c) => {
    const { rows, nextCursor } = await listUserJobs(
      c.get("db"),
      currentAuth(c).user.id,
      "diagnosis",
      c.req.valid("query"),
    );
    return c.json({ items: rows.map((row) => toJob(row, c.get("locale"))), nextCursor }, 200);
  })
  .openapi(routes.getDiagnosis, async (c) => {
    const row = await findUserJob(c.get("db"), currentAuth(c).user.id, "diagnosis", c.req.valid("param").id);
    return c.json({ job: toJob(row, c.get("locale")) }, 200);
  })
  .openapi(routes.report, async (c) => {
    const { user } = currentAuth(c);
    const { bytes, charged, job } = await downloadDiagnosisReport(
      c.get("db"),
      c.env.FILES,
      user,
      c.req.valid("param").id,
    );
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return c.body(body, 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="zhimai-diagnosis-${job.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`职麦简历诊断-${job.id}.pdf`)}`,
      "Cache-Control": "private, no-store",
      "X-Points-Charged": String(charged),
    });
  })
  .openapi(routes.submitPrep, async (c) => {
    const body = c.req.valid("json");
    const job = await submit(c, { kind: "prep", body }, c.req.valid("header")["idempotency-key"]);
    return c.json({ job }, 202);
  })
  .openapi(routes.listPreps, async (c) => {
    const { rows, nextCursor } = await listUserJobs(c.get("db"), currentAuth(c).user.id, "prep", c.req.valid("query"));
    return c.json({ items: rows.map((row) => toJob(row, c.get("locale"))), nextCursor }, 200);
  })
  .openapi(routes.getPrep, async (c) => {
    const row = await findUserJob(c.get("db"), currentAuth(c).user.id, "prep", c.req.valid("param").id);
    return c.json({ job: toJob(row, c.get("locale")) }, 200);
  });
