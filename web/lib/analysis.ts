import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { MAX_RESUME_BYTES } from "../../worker/modules/resumes/schemas.ts";
import {
  analysisKeys,
  type DiagnosisIssue,
  type Job,
  type JobStage,
  resumeOptionsQueryOptions,
} from "../api-client/analysis.ts";

/**
 * Rules of the résumé and AI-job pages that are not drawing: client-side file checks, the order of
 * stages and issues, the earlier diagnosis a score change compares with. Imports the shared résumé
 * limits (and so zod): lazy route chunks only.
 */

export { MAX_RESUME_BYTES };

export type FileProblem = "notPdf" | "empty" | "tooLarge";

/** `%PDF-` must appear in the first 1024 bytes (PDF 1.7, 7.5.2; readers tolerate leading junk). */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

function hasPdfMagic(bytes: Uint8Array): boolean {
  outer: for (let i = 0; i + PDF_MAGIC.length <= bytes.length; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (bytes[i + j] !== PDF_MAGIC[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What the browser can tell before uploading: a PDF by type or name and by its first bytes, not empty,
 * within the size limit. The server checks again (and the page count, encryption, text).
 */
export async function checkResumeFile(file: File): Promise<FileProblem | null> {
  const named = file.type === "application/pdf" || /\.pdf$/i.test(file.name);
  if (!named) return "notPdf";
  if (file.size === 0) return "empty";
  if (file.size > MAX_RESUME_BYTES) return "tooLarge";
  try {
    const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
    if (!hasPdfMagic(head)) return "notPdf";
  } catch {
    // unreadable here: let the server decide
  }
  return null;
}

/** Stages of a running job in the order they happen. */
export const JOB_STAGES: readonly JobStage[] = ["queued", "reading", "analysing", "writing", "done"];

/** Index of the job's current stage in `JOB_STAGES` (a finished job is past every stage). */
export function stageIndex(job: Pick<Job, "status" | "stage">): number {
  if (job.status === "succeeded") return JOB_STAGES.length;
  const i = JOB_STAGES.indexOf(job.stage);
  return Math.max(i, 0);
}

const SEVERITY_RANK: Record<DiagnosisIssue["severity"], number> = { high: 0, medium: 1, low: 2 };

/** Most severe first; the engine's order within a severity (stable sort). */
export const prioritisedIssues = (issues: readonly DiagnosisIssue[]) =>
  [...issues].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

export interface PreviousDiagnosis {
  job: Job;
  /** The same résumé, or another upload with the same filename (an earlier version). */
  sameFile: boolean;
}

/**
 * The diagnosis a score change compares with: the newest succeeded diagnosis before `current` of the
 * same résumé or of an earlier upload with the same filename; failing that, the newest earlier one.
 * `filenames`: résumé id → filename (deleted résumés are missing).
 */
export function previousDiagnosis(
  current: Job,
  jobs: readonly Job[],
  filenames: ReadonlyMap<string, string>,
): PreviousDiagnosis | null {
  const at = time(current.createdAt);
  const earlier = jobs
    .filter((j) => j.id !== current.id && j.kind === "diagnosis" && j.status === "succeeded" && time(j.createdAt) < at)
    .sort((a, b) => time(b.createdAt) - time(a.createdAt));
  const filename = filenames.get(current.resumeId);
  const same = earlier.find(
    (j) => j.resumeId === current.resumeId || (filename !== undefined && filenames.get(j.resumeId) === filename),
  );
  if (same) return { job: same, sameFile: true };
  const latest = earlier[0];
  return latest ? { job: latest, sameFile: false } : null;
}

/** "+5" / "−3" / "±0" (a real minus sign). */
export const formatDelta = (delta: number) => (delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : "±0");

/**
 * When a job shown on the page finishes, the held points were captured or released: refresh the balance,
 * the points history and the job lists.
 */
export function useRefreshWhenFinished(job: Job | undefined) {
  const queryClient = useQueryClient();
  const wasOpen = useRef<boolean | null>(null);
  const open = job ? job.status === "queued" || job.status === "running" : null;
  useEffect(() => {
    if (open === null || !job) return;
    if (wasOpen.current === true && !open) {
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: analysisKeys.jobs(job.kind) });
    }
    wasOpen.current = open;
  }, [open, job, queryClient]);
}

/** Bytes as "820 KB" / "1.2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "KB", "MB", "GB"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Résumé id → filename for the user's (up to 100 newest) résumés; deleted ones are missing. */
export function useResumeNames(): { names: ReadonlyMap<string, string>; ready: boolean } {
  const query = useQuery(resumeOptionsQueryOptions());
  const names = useMemo(() => new Map((query.data?.items ?? []).map((r) => [r.id, r.filename])), [query.data]);
  return { names, ready: !query.isPending };
}
