import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { useEffect } from "react";
import { isApiError } from "../api-client/client.ts";
import { useT } from "../i18n/index.tsx";
import { PublicLayout } from "./PublicLayout.tsx";

function StatusMessage({
  code,
  title,
  body,
  children,
}: {
  code?: string;
  title: string;
  body: string;
  children?: React.ReactNode;
}) {
  return (
    <section className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center">
      {code ? <p className="font-semibold text-indigo-600 text-sm tracking-wide">{code}</p> : null}
      <h1 className="mt-2 font-bold text-3xl text-slate-900 tracking-tight sm:text-4xl">{title}</h1>
      <p className="mt-4 text-base text-slate-600">{body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">{children}</div>
    </section>
  );
}

const primaryButton =
  "inline-flex items-center rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-sm text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** 404 content (no layout). */
export function NotFound() {
  const t = useT();
  return (
    <StatusMessage code={t("notFound.code")} title={t("notFound.title")} body={t("notFound.body")}>
      <Link to="/" className={primaryButton}>
        {t("notFound.home")}
      </Link>
    </StatusMessage>
  );
}

/** 404 as a full page of the public site (root not-found handler). */
export function NotFoundPage() {
  return (
    <PublicLayout>
      <NotFound />
    </PublicLayout>
  );
}

export function Forbidden() {
  const t = useT();
  return (
    <StatusMessage code="403" title={t("forbidden.title")} body={t("forbidden.body")}>
      <Link to="/" className={primaryButton}>
        {t("notFound.home")}
      </Link>
    </StatusMessage>
  );
}

/** Error boundary content for a route: shows the API's message when it is an ApiError. */
export function ErrorView({ error, reset }: { error: unknown; reset?: () => void }) {
  const t = useT();
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useEffect(() => {
    queryReset.reset();
  }, [queryReset]);
  if (import.meta.env.DEV) console.error(error);
  const message = isApiError(error) ? error.message : t("error.body");
  return (
    <div role="alert">
      <StatusMessage
        code={isApiError(error) && error.status ? String(error.status) : undefined}
        title={t("error.title")}
        body={message}
      >
        <button
          type="button"
          className={primaryButton}
          onClick={() => {
            reset?.();
            void router.invalidate();
          }}
        >
          {t("error.retry")}
        </button>
        <Link
          to="/"
          className="inline-flex items-center rounded-lg px-4 py-2.5 font-semibold text-slate-700 text-sm hover:bg-slate-100"
        >
          {t("notFound.home")}
        </Link>
      </StatusMessage>
    </div>
  );
}

export function ErrorPage(props: { error: unknown; reset?: () => void }) {
  return (
    <PublicLayout>
      <ErrorView {...props} />
    </PublicLayout>
  );
}

export function PageSpinner() {
  const t = useT();
  return (
    <div className="flex min-h-[40vh] items-center justify-center" role="status" aria-live="polite">
      <span
        className="size-6 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600"
        aria-hidden="true"
      />
      <span className="sr-only">{t("common.loading")}</span>
    </div>
  );
}
