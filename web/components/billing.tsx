import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { isApiError } from "../api-client/client.ts";
import { useT } from "../i18n/index.tsx";
import { type OrderDisplayStatus, orderStatusKey } from "../lib/orders.ts";
import { Alert, Spinner, secondaryButtonClass } from "./form.tsx";

/** Building blocks of the billing pages (recharge, pay page, orders, points). */

const BADGE_STYLE: Record<OrderDisplayStatus, string> = {
  awaitingPayment: "bg-amber-50 text-amber-800 ring-amber-200",
  awaitingTransfer: "bg-amber-50 text-amber-800 ring-amber-200",
  paid: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  expired: "bg-slate-100 text-slate-600 ring-slate-200",
  closed: "bg-slate-100 text-slate-600 ring-slate-200",
  refunded: "bg-sky-50 text-sky-800 ring-sky-200",
  failed: "bg-red-50 text-red-700 ring-red-200",
};

export function OrderStatusBadge({ status }: { status: OrderDisplayStatus }) {
  const t = useT();
  return (
    <span
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${BADGE_STYLE[status]}`}
    >
      {t(orderStatusKey(status))}
    </span>
  );
}

/** Loading line for a section. */
export function Loading() {
  const t = useT();
  return (
    <p role="status" className="flex items-center gap-2 text-slate-600 text-sm">
      <Spinner /> {t("common.loading")}
    </p>
  );
}

/** A failed query: its message and a retry button. */
export function QueryError({
  message,
  onRetry,
  retrying,
}: {
  message: string;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const t = useT();
  return (
    <Alert tone="error">
      <p>{message}</p>
      <button
        type="button"
        className="mt-2 font-semibold underline disabled:opacity-60"
        disabled={retrying}
        onClick={onRetry}
      >
        {t("common.retry")}
      </button>
    </Alert>
  );
}

/** "Load more" for cursor-paginated lists. */
export function LoadMore({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  const t = useT();
  return (
    <button
      type="button"
      className={`${secondaryButtonClass} mt-4`}
      disabled={loading}
      aria-busy={loading || undefined}
      onClick={onClick}
    >
      {loading ? <Spinner /> : null}
      {t("common.loadMore")}
    </button>
  );
}

/** Copies `value` to the clipboard; says "copied" for two seconds. */
export function CopyButton({ value, field }: { value: string; field: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  if (typeof navigator === "undefined" || !navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="rounded-md px-2 py-1 font-medium text-indigo-600 text-xs hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
      aria-label={t("pay.copyLabel", { field })}
      onClick={() => {
        navigator.clipboard.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      <span aria-live="polite">{copied ? t("pay.copied") : t("pay.copy")}</span>
    </button>
  );
}

/**
 * The body of a page that shows one fetched object: the object (also while a background refetch fails),
 * a loading line, the page's own "not found" for a 404, or the error with a retry button.
 */
export function QueryBody<T>({
  query,
  notFound,
  errorMessage,
  children,
}: {
  query: UseQueryResult<T>;
  notFound: ReactNode;
  errorMessage: (message: string) => string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return children(query.data);
  if (query.isPending) return <Loading />;
  if (isApiError(query.error) && query.error.status === 404) return notFound;
  return (
    <QueryError
      message={errorMessage(query.error?.message ?? "")}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
