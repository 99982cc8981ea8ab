import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import {
  analysisKeys,
  type Resume,
  type ResumeSummary,
  resumesQueryOptions,
  uploadResume,
} from "../../../api-client/analysis.ts";
import { isApiError } from "../../../api-client/client.ts";
import { cardClass, EmptyState } from "../../../components/analysis.tsx";
import { Loading, LoadMore, QueryError } from "../../../components/billing.tsx";
import { DeleteResume } from "../../../components/DeleteResume.tsx";
import { Alert, linkClass, primaryButtonClass, Spinner, secondaryButtonClass } from "../../../components/form.tsx";
import { Icon } from "../../../components/icons.tsx";
import { pageTitleClass } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { checkResumeFile, type FileProblem, formatBytes, MAX_RESUME_BYTES } from "../../../lib/analysis.ts";
import { formatDateTime, formatNumber, formatWait } from "../../../lib/format.ts";

export const Route = createFileRoute("/app/resumes/")({
  component: Resumes,
});

const MAX_MB = MAX_RESUME_BYTES / (1024 * 1024);
const MAX_PAGES = 20;

function Resumes() {
  const { t } = useI18n();
  return (
    <div className="max-w-5xl space-y-8">
      <div>
        <h1 className={pageTitleClass}>{t("resumes.title")}</h1>
        <p className="mt-2 text-slate-600">{t("resumes.subtitle")}</p>
      </div>
      <Upload />
      <ResumeList />
    </div>
  );
}

const PROBLEM_KEY = {
  notPdf: "resumes.upload.notPdf",
  empty: "resumes.upload.empty",
  tooLarge: "resumes.upload.tooLarge",
} as const satisfies Record<FileProblem, string>;

/** Drag and drop or pick a PDF; checked here first, then uploaded with a progress bar. */
function Upload() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const busy = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const upload = useMutation({
    mutationFn: (file: File) => {
      controller.current = new AbortController();
      return uploadResume(file, { onProgress: setProgress, signal: controller.current.signal });
    },
    onSuccess: ({ resume }) => {
      queryClient.setQueryData(analysisKeys.resume(resume.id), { resume });
      void queryClient.invalidateQueries({ queryKey: analysisKeys.resumes });
    },
    onSettled: () => {
      busy.current = false;
      controller.current = null;
    },
  });

  // Announce the outcome by moving focus to it.
  useEffect(() => {
    if (upload.isSuccess || upload.isError || problem) resultRef.current?.focus();
  }, [upload.isSuccess, upload.isError, problem]);

  useEffect(() => () => controller.current?.abort(), []);

  async function start(files: FileList | null) {
    const file = files?.[0];
    if (!file || busy.current) return;
    busy.current = true;
    upload.reset();
    setProblem(null);
    setProgress(0);
    setFileName(file.name);
    const found = await checkResumeFile(file);
    if (found) {
      busy.current = false;
      setProblem(t(PROBLEM_KEY[found], { max: MAX_MB, size: formatBytes(file.size, locale) }));
      return;
    }
    upload.mutate(file);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    if (upload.isPending) return;
    void start(e.dataTransfer.files);
  }

  const error = upload.error;
  const aborted = error instanceof DOMException && error.name === "AbortError";
  const sent = Math.round(progress * 100);

  return (
    <section aria-labelledby="upload-title" className={cardClass}>
      <h2 id="upload-title" className="font-semibold text-lg text-slate-900">
        {t("resumes.upload.title")}
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input is the keyboard path */}
      <div
        onDragEnter={(e) => {
          e.preventDefault();
          if (!upload.isPending) setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = upload.isPending ? "none" : "copy";
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="dropzone"
        data-dragging={dragging || undefined}
        className={`mt-4 flex flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors ${
          dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-slate-50"
        }`}
      >
        <Icon name="document" className="size-10 text-slate-400" />
        {upload.isPending ? (
          <div className="mt-4 w-full max-w-sm" data-testid="upload-progress">
            <p className="truncate font-medium text-slate-900 text-sm">{fileName}</p>
            <div
              role="progressbar"
              aria-label={t("resumes.upload.progress", { name: fileName ?? "" })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={sent}
              className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200"
            >
              <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${sent}%` }} />
            </div>
            <p className="mt-2 flex items-center justify-center gap-2 text-slate-600 text-sm" aria-live="polite">
              <Spinner />
              {sent < 100 ? t("resumes.upload.sending", { percent: sent }) : t("resumes.upload.parsing")}
            </p>
            <button
              type="button"
              className={`${secondaryButtonClass} mt-3 px-3 py-1.5`}
              onClick={() => controller.current?.abort()}
            >
              {t("resumes.upload.cancel")}
            </button>
          </div>
        ) : (
          <>
            <p className="mt-3 text-slate-700">{t("resumes.upload.drop")}</p>
            <input
              id={inputId}
              type="file"
              accept="application/pdf,.pdf"
              className="peer sr-only"
              aria-describedby={hintId}
              onChange={(e) => {
                void start(e.currentTarget.files);
                e.currentTarget.value = "";
              }}
            />
            <label
              htmlFor={inputId}
              className={`${primaryButtonClass} mt-3 cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-600 peer-focus-visible:outline-offset-2`}
            >
              {t("resumes.upload.choose")}
            </label>
          </>
        )}
        <p id={hintId} className="mt-3 text-slate-500 text-xs">
          {t("resumes.upload.hint", { max: MAX_MB, pages: MAX_PAGES })}
        </p>
      </div>

      <div ref={resultRef} tabIndex={-1} className="mt-4 focus:outline-none empty:hidden">
        {problem ? (
          <Alert tone="error" title={t("resumes.upload.failed", { name: fileName ?? "" })}>
            {problem}
          </Alert>
        ) : aborted ? (
          <Alert tone="info">{t("resumes.upload.aborted")}</Alert>
        ) : error ? (
          <Alert tone="error" title={t("resumes.upload.failed", { name: fileName ?? "" })}>
            <span data-code={isApiError(error) ? error.code : undefined}>{error.message}</span>
            {isApiError(error) && error.code === "RATE_LIMITED" && error.retryAfter ? (
              <span> {t("resumes.upload.retryAfter", { wait: formatWait(error.retryAfter, t) })}</span>
            ) : null}
          </Alert>
        ) : upload.data ? (
          <Uploaded resume={upload.data.resume} />
        ) : null}
      </div>
    </section>
  );
}

function Uploaded({ resume }: { resume: Resume }) {
  const { t, locale } = useI18n();
  return (
    <Alert tone="success" title={t("resumes.upload.done", { name: resume.filename })}>
      <p>
        {t("resumes.upload.doneBody", {
          pages: formatNumber(resume.pages, locale),
          sections: formatNumber(resume.sections.length, locale),
        })}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link to="/app/diagnoses/new" search={{ resumeId: resume.id }} className={primaryButtonClass}>
          {t("resumes.action.diagnose")}
        </Link>
        <Link to="/app/resumes/$resumeId" params={{ resumeId: resume.id }} className={secondaryButtonClass}>
          {t("resumes.action.view")}
        </Link>
      </div>
    </Alert>
  );
}

function ResumeList() {
  const { t } = useI18n();
  const resumes = useInfiniteQuery(resumesQueryOptions());
  const items = resumes.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="resume-list-title">
      <h2 id="resume-list-title" className="font-semibold text-lg text-slate-900">
        {t("resumes.list.title")}
      </h2>
      <div className="mt-4">
        {resumes.isPending ? (
          <Loading />
        ) : resumes.isError ? (
          <QueryError
            message={t("resumes.list.error", { message: resumes.error.message })}
            onRetry={() => void resumes.refetch()}
            retrying={resumes.isFetching}
          />
        ) : items.length === 0 ? (
          <EmptyState>{t("resumes.list.empty")}</EmptyState>
        ) : (
          <>
            <ul
              className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm"
              data-testid="resumes"
            >
              {items.map((resume) => (
                <ResumeRow key={resume.id} resume={resume} />
              ))}
            </ul>
            {resumes.hasNextPage ? (
              <LoadMore loading={resumes.isFetchingNextPage} onClick={() => void resumes.fetchNextPage()} />
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

function ResumeRow({ resume }: { resume: ResumeSummary }) {
  const { t, locale } = useI18n();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-5" data-resume-id={resume.id}>
      <div className="min-w-0">
        <Link
          to="/app/resumes/$resumeId"
          params={{ resumeId: resume.id }}
          className="break-all font-semibold text-slate-900 hover:text-indigo-600 hover:underline"
        >
          {resume.filename}
        </Link>
        <p className="mt-0.5 text-slate-500 text-sm">
          {t("resumes.meta", {
            pages: formatNumber(resume.pages, locale),
            size: formatBytes(resume.sizeBytes, locale),
          })}
          <span aria-hidden="true"> · </span>
          <time dateTime={resume.createdAt}>{formatDateTime(resume.createdAt, locale)}</time>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Link
          to="/app/diagnoses/new"
          search={{ resumeId: resume.id }}
          className={linkClass}
          aria-label={t("resumes.action.diagnoseLabel", { name: resume.filename })}
        >
          {t("resumes.action.diagnose")}
        </Link>
        <span aria-hidden="true" className="text-slate-300">
          |
        </span>
        <Link
          to="/app/interview-preps/new"
          search={{ resumeId: resume.id }}
          className={linkClass}
          aria-label={t("resumes.action.prepLabel", { name: resume.filename })}
        >
          {t("resumes.action.prep")}
        </Link>
        <span aria-hidden="true" className="text-slate-300">
          |
        </span>
        <DeleteResume resume={resume} variant="link" />
      </div>
    </li>
  );
}
