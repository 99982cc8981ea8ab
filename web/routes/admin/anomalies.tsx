import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, Link, useNavigate } from "@tanstack/react-router";
import { type KeyboardEvent, useId, useRef } from "react";
import {
  type Anomaly,
  type AnomalyStatus,
  adminApi,
  adminKeys,
  anomaliesQueryOptions,
} from "../../api-client/admin.ts";
import { anomalyKindLabel, anomalyRefTarget, canWriteBilling, prettyJson } from "../../components/admin/billing.ts";
import { Loading, LoadMore, QueryError } from "../../components/billing.tsx";
import { Alert, linkClass, Spinner, secondaryButtonClass } from "../../components/form.tsx";
import { pageTitleClass } from "../../components/page.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useMe } from "../../lib/me.ts";

// Kept free of zod: this part of the route is in the initial bundle (only the component is split off).
const TABS: readonly AnomalyStatus[] = ["open", "resolved"];

export const Route = createFileRoute("/admin/anomalies")({
  validateSearch: (search: Record<string, unknown>): { status?: AnomalyStatus } =>
    search.status === "resolved" ? { status: "resolved" } : {},
  component: Anomalies,
});

function Anomalies() {
  const { t } = useI18n();
  const status: AnomalyStatus = Route.useSearch().status ?? "open";
  const navigate = useNavigate({ from: Route.fullPath });
  const id = useId();
  const tabRefs = useRef(new Map<AnomalyStatus, HTMLButtonElement>());

  const select = (next: AnomalyStatus, focus = false) => {
    void navigate({ search: next === "open" ? {} : { status: next }, replace: true });
    if (focus) tabRefs.current.get(next)?.focus();
  };

  // Tabs pattern: arrow keys (and Home/End) move between the tabs and select them.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(status);
    let next: number | null = null;
    if (e.key === "ArrowRight") next = (index + 1) % TABS.length;
    else if (e.key === "ArrowLeft") next = (index - 1 + TABS.length) % TABS.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = TABS.length - 1;
    if (next === null) return;
    e.preventDefault();
    select(TABS[next] as AnomalyStatus, true);
  };

  return (
    <div className="max-w-5xl">
      <h1 className={pageTitleClass}>{t("admin.anomalies.title")}</h1>
      <p className="mt-2 text-slate-600 text-sm">{t("admin.anomalies.intro")}</p>
      <div
        role="tablist"
        aria-label={t("admin.anomalies.tabs")}
        className="mt-6 inline-flex gap-1 rounded-xl bg-slate-200/70 p-1"
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => {
          const selected = tab === status;
          return (
            <button
              key={tab}
              ref={(el) => {
                if (el) tabRefs.current.set(tab, el);
                else tabRefs.current.delete(tab);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${tab}`}
              aria-selected={selected}
              aria-controls={`${id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(tab)}
              className={`rounded-lg px-4 py-1.5 font-medium text-sm focus-visible:outline-2 focus-visible:outline-indigo-600 ${
                selected ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
              }`}
            >
              {t(`admin.anomalies.tab.${tab}`)}
            </button>
          );
        })}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${status}`} className="mt-6">
        <AnomalyList key={status} status={status} />
      </div>
    </div>
  );
}

function AnomalyList({ status }: { status: AnomalyStatus }) {
  const { t } = useI18n();
  const list = useInfiniteQuery(anomaliesQueryOptions(status));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  if (!list.data) {
    if (list.isError)
      return (
        <QueryError
          message={t("admin.anomalies.error", { message: list.error.message })}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      );
    return <Loading />;
  }
  if (items.length === 0)
    return (
      <p
        role="status"
        className="rounded-2xl border border-slate-300 border-dashed bg-white p-8 text-center text-slate-600"
        data-testid="anomalies-empty"
      >
        {t(status === "open" ? "admin.anomalies.emptyOpen" : "admin.anomalies.emptyResolved")}
      </p>
    );
  return (
    <>
      <ul className="space-y-4" data-testid="anomalies">
        {items.map((anomaly) => (
          <li key={anomaly.id}>
            <AnomalyCard anomaly={anomaly} />
          </li>
        ))}
      </ul>
      {list.isFetchNextPageError ? (
        <p role="alert" className="mt-4 text-red-700 text-sm">
          {t("admin.anomalies.error", { message: list.error?.message ?? "" })}
        </p>
      ) : null}
      {list.hasNextPage ? (
        <LoadMore loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} />
      ) : null}
    </>
  );
}

function AnomalyCard({ anomaly }: { anomaly: Anomaly }) {
  const { t, locale } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const canWrite = canWriteBilling(user);
  const queryClient = useQueryClient();
  const headingId = useId();
  const hintId = useId();
  const inFlight = useRef(false);
  const kind = anomalyKindLabel(anomaly.kind, t);
  const target = anomalyRefTarget(anomaly.ref);

  const resolve = useMutation({
    mutationFn: () => adminApi.resolveAnomaly(anomaly.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.anomalies }),
    onSettled: () => {
      inFlight.current = false;
    },
  });

  return (
    <article
      aria-labelledby={headingId}
      data-anomaly-id={anomaly.id}
      data-kind={anomaly.kind}
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="font-semibold text-slate-900">
            {kind}
          </h2>
          {kind !== anomaly.kind ? <p className="font-mono text-slate-500 text-xs">{anomaly.kind}</p> : null}
        </div>
        <span
          className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium text-xs ring-1 ring-inset ${
            anomaly.status === "open"
              ? "bg-amber-50 text-amber-800 ring-amber-200"
              : "bg-emerald-50 text-emerald-700 ring-emerald-200"
          }`}
        >
          {t(`admin.anomalies.tab.${anomaly.status}`)}
        </span>
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("admin.anomalies.ref")}</dt>
          <dd className="mt-0.5 break-all font-mono text-slate-900 text-xs">
            {anomaly.ref ?? "—"}
            {target && "orderId" in target ? (
              <Link
                to="/admin/orders/$orderId"
                params={{ orderId: target.orderId }}
                className={`${linkClass} ml-2 font-sans text-sm`}
              >
                {t("admin.anomalies.viewOrder")}
              </Link>
            ) : target && "q" in target ? (
              <Link to="/admin/orders" search={{ q: target.q }} className={`${linkClass} ml-2 font-sans text-sm`}>
                {t("admin.anomalies.findOrder")}
              </Link>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("admin.anomalies.createdAt")}</dt>
          <dd className="mt-0.5 text-slate-900">
            <time dateTime={anomaly.createdAt}>{formatDateTime(anomaly.createdAt, locale)}</time>
          </dd>
        </div>
        {anomaly.resolvedAt ? (
          <div>
            <dt className="text-slate-500">{t("admin.anomalies.resolvedAt")}</dt>
            <dd className="mt-0.5 text-slate-900">
              <time dateTime={anomaly.resolvedAt}>{formatDateTime(anomaly.resolvedAt, locale)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      <details className="mt-4 rounded-lg border border-slate-200 bg-slate-50" open>
        <summary className="cursor-pointer px-3 py-2 font-medium text-slate-700 text-sm">
          {t("admin.anomalies.details")}
        </summary>
        <pre
          className="max-h-72 overflow-auto border-slate-200 border-t px-3 py-2 font-mono text-slate-800 text-xs"
          data-testid="anomaly-details"
        >
          {prettyJson(anomaly.details)}
        </pre>
      </details>
      {anomaly.status === "open" ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!canWrite || resolve.isPending || resolve.isSuccess}
            aria-busy={resolve.isPending || undefined}
            aria-describedby={canWrite ? undefined : hintId}
            aria-label={t("admin.anomalies.resolveLabel", { kind })}
            onClick={() => {
              if (inFlight.current) return;
              inFlight.current = true;
              resolve.mutate();
            }}
          >
            {resolve.isPending ? <Spinner /> : null}
            {resolve.isPending ? t("admin.anomalies.resolving") : t("admin.anomalies.resolve")}
          </button>
          {canWrite ? null : (
            <p id={hintId} className="text-slate-600 text-sm">
              {t("admin.readOnly")}
            </p>
          )}
        </div>
      ) : null}
      {resolve.isError ? (
        <div className="mt-3">
          <Alert tone="error">{t("admin.anomalies.resolveFailed", { message: resolve.error.message })}</Alert>
        </div>
      ) : null}
    </article>
  );
}
