/**
 * Typed calls for résumés and the AI jobs (API.md "Résumés and AI jobs"): upload with progress, lists,
 * diagnoses and interview preps (queued jobs, polled while they run), the report PDF. Imports zod through
 * the shared schemas: use only from lazily loaded route components.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import {
  type DiagnosisRequestSchema,
  type DiagnosisResult,
  type Job,
  JobEnvelopeSchema,
  JobListSchema,
  type PrepRequestSchema,
  type PrepResult,
} from "../../worker/modules/analysis/schemas.ts";
import { type Resume, ResumeEnvelopeSchema, ResumeListSchema } from "../../worker/modules/resumes/schemas.ts";
import { getLocale, translate } from "../i18n/index.tsx";
import { ApiError, apiFetch, errorFromAnswer } from "./client.ts";

export type { DiagnosisResult, Job, PrepResult, Resume };
export type ResumeSummary = z.infer<typeof ResumeListSchema>["items"][number];
export type DiagnosisRequest = z.output<typeof DiagnosisRequestSchema>;
export type PrepRequest = z.output<typeof PrepRequestSchema>;
export type JobKind = Job["kind"];
export type JobStage = Job["stage"];
export type DiagnosisIssue = DiagnosisResult["issues"][number];
export type PrepQuestion = PrepResult["questions"][number];

/** Job pages ask again this often while the job is queued or running. */
export const JOB_POLL_MS = 1500;

export const isJobOpen = (job: Pick<Job, "status">) => job.status === "queued" || job.status === "running";

export const isDiagnosisResult = (result: Job["result"]): result is DiagnosisResult =>
  result !== undefined && "score" in result;
export const isPrepResult = (result: Job["result"]): result is PrepResult =>
  result !== undefined && "questions" in result;

const JOB_PATH: Record<JobKind, string> = { diagnosis: "/api/v1/diagnoses", prep: "/api/v1/interview-preps" };
const jobPath = (kind: JobKind, id: string) => `${JOB_PATH[kind]}/${encodeURIComponent(id)}`;
const resumePath = (id: string) => `/api/v1/resumes/${encodeURIComponent(id)}`;

/** Query keys: everything under ["analysis"] (résumés included) can be invalidated at once. */
export const analysisKeys = {
  all: ["analysis"] as const,
  resumes: ["analysis", "resumes"] as const,
  resumeList: ["analysis", "resumes", "list"] as const,
  resumeOptions: ["analysis", "resumes", "options"] as const,
  resume: (id: string) => ["analysis", "resumes", "one", id] as const,
  jobs: (kind: JobKind) => ["analysis", kind] as const,
  jobList: (kind: JobKind) => ["analysis", kind, "list"] as const,
  recentJobs: (kind: JobKind) => ["analysis", kind, "recent"] as const,
  job: (kind: JobKind, id: string) => ["analysis", kind, "one", id] as const,
};

export interface UploadOptions {
  /** 0–1 of the request body sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * `POST /api/v1/resumes` as multipart `file`, through XMLHttpRequest for upload progress events.
 * Rejects with `ApiError` like `apiFetch` (the server's localized message), or an `AbortError`.
 */
export function uploadResume(file: File, { onProgress, signal }: UploadOptions = {}): Promise<{ resume: Resume }> {
  const locale = getLocale();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("Upload aborted", "AbortError"));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/resumes");
    xhr.responseType = "text";
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Accept-Language", locale);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.min(1, e.loaded / e.total));
    };
    xhr.onerror = () => reject(new ApiError(0, "NETWORK_ERROR", translate(locale, "api.network")));
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => reject(new DOMException("Upload aborted", "AbortError"));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        json = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        errorFromAnswer(xhr.status, json, xhr.getResponseHeader("Retry-After")).then(reject, reject);
        return;
      }
      const parsed = ResumeEnvelopeSchema.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else
        reject(
          new ApiError(xhr.status, "INVALID_RESPONSE", translate(locale, "api.invalidResponse"), parsed.error.issues),
        );
    };
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append("file", file, file.name);
    xhr.send(body);
  });
}

export const analysisApi = {
  deleteResume: (id: string) => apiFetch(resumePath(id), { method: "DELETE" }),
  /** `Idempotency-Key`: one per submission attempt, reused on retries (the server answers with the same job). */
  createDiagnosis: (body: DiagnosisRequest, idempotencyKey: string) =>
    apiFetch(JOB_PATH.diagnosis, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      schema: JobEnvelopeSchema,
    }),
  createPrep: (body: PrepRequest, idempotencyKey: string) =>
    apiFetch(JOB_PATH.prep, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      schema: JobEnvelopeSchema,
    }),
};

/** The report PDF's address (also a plain link target). */
export const reportUrl = (diagnosisId: string) => `${jobPath("diagnosis", diagnosisId)}/report.pdf`;

/**
 * Fetches the report PDF (the server applies the tier rules and may charge points) and hands it to the
 * browser as a download. Throws `ApiError` with the server's code (`TIER_REQUIRED`, `INSUFFICIENT_POINTS`…).
 */
export async function downloadReport(diagnosisId: string, fallbackName: string): Promise<void> {
  const locale = getLocale();
  let res: Response;
  try {
    res = await fetch(reportUrl(diagnosisId), {
      credentials: "same-origin",
      headers: { Accept: "application/pdf, application/json", "Accept-Language": locale },
    });
  } catch {
    throw new ApiError(0, "NETWORK_ERROR", translate(locale, "api.network"));
  }
  if (!res.ok) {
    let json: unknown;
    try {
      json = JSON.parse(await res.text());
    } catch {
      json = undefined;
    }
    throw await errorFromAnswer(res.status, json, res.headers.get("Retry-After"));
  }
  const blob = await res.blob();
  const disposition = res.headers.get("Content-Disposition") ?? "";
  const encoded = disposition.match(/filename\*\s*=\s*UTF-8''([^;]+)/i)?.[1];
  const plain = disposition.match(/filename\s*=\s*"?([^";]+)"?/i)?.[1];
  let name = fallbackName;
  try {
    name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  } catch {
    // malformed header: keep the fallback
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const PAGE_SIZE = 20;
const withCursor = (path: string, cursor: string | null, limit = PAGE_SIZE) =>
  `${path}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;

export const resumesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: analysisKeys.resumeList,
    queryFn: ({ pageParam, signal }) =>
      apiFetch(withCursor("/api/v1/resumes", pageParam), { schema: ResumeListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** Up to 100 newest résumés: the picker on the "new" forms and filenames for the job lists. */
export const resumeOptionsQueryOptions = () =>
  queryOptions({
    queryKey: analysisKeys.resumeOptions,
    queryFn: ({ signal }) => apiFetch(withCursor("/api/v1/resumes", null, 100), { schema: ResumeListSchema, signal }),
  });

export const resumeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: analysisKeys.resume(id),
    queryFn: ({ signal }) => apiFetch(resumePath(id), { schema: ResumeEnvelopeSchema, signal }),
    staleTime: 5 * 60_000,
  });

export const jobsQueryOptions = (kind: JobKind) =>
  infiniteQueryOptions({
    // Keyed by locale: error messages follow Accept-Language.
    queryKey: [...analysisKeys.jobList(kind), getLocale()],
    queryFn: ({ pageParam, signal }) =>
      apiFetch(withCursor(JOB_PATH[kind], pageParam), { schema: JobListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Rows of running jobs change by themselves.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some(isJobOpen)) ? JOB_POLL_MS * 2 : false,
  });

/** Up to 100 newest jobs of a kind: for the score change against an earlier diagnosis. */
export const recentJobsQueryOptions = (kind: JobKind) =>
  queryOptions({
    queryKey: [...analysisKeys.recentJobs(kind), getLocale()],
    queryFn: ({ signal }) => apiFetch(withCursor(JOB_PATH[kind], null, 100), { schema: JobListSchema, signal }),
  });

/** One job; polls every 1.5 s while it is queued or running. */
export const jobQueryOptions = (kind: JobKind, id: string) =>
  queryOptions({
    queryKey: [...analysisKeys.job(kind, id), getLocale()],
    queryFn: ({ signal }) => apiFetch(jobPath(kind, id), { schema: JobEnvelopeSchema, signal }),
    staleTime: (query) => (query.state.data && !isJobOpen(query.state.data.job) ? Number.POSITIVE_INFINITY : 0),
    refetchInterval: (query) => {
      const job = query.state.data?.job;
      return job && isJobOpen(job) ? JOB_POLL_MS : false;
    },
    refetchIntervalInBackground: false,
  });
