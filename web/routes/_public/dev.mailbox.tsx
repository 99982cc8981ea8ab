import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createFileRoute, Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useId, useState } from "react";
import { DEV_MAILBOX_REFRESH_MS, devMailboxQueryOptions } from "../../api-client/auth.ts";
import { isApiError } from "../../api-client/client.ts";
import { Alert, inputClass, linkClass } from "../../components/form.tsx";
import { NotFound, PageSpinner } from "../../components/StatusPages.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { formatDateTime, formatRelative } from "../../lib/format.ts";

interface MailboxSearch {
  /** Recipient filter. */
  to?: string;
  /** The opened mail. */
  id?: string;
}

/**
 * Development mailbox (EMAIL_TRANSPORT=dev-outbox). Gated at runtime, not by the build: shown when
 * `GET /api/v1/dev/mailbox` answers, the normal 404 page when it answers 404 (production settings).
 * The CI browser test runs the production build with development settings and reads mails here.
 */
export const Route = createFileRoute("/_public/dev/mailbox")({
  validateSearch: (search: Record<string, unknown>): MailboxSearch => {
    const out: MailboxSearch = {};
    if (typeof search.to === "string" && search.to) out.to = search.to;
    if (typeof search.id === "string" && search.id) out.id = search.id;
    return out;
  },
  component: DevMailbox,
});

/** Same-site path of a link pointing at another origin of this app (APP_URL ≠ the dev server's port). */
function localHref(link: string): string | null {
  try {
    const url = new URL(link);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin === window.location.origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

function DevMailbox() {
  const { t, locale } = useI18n();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  const to = search.to?.trim() ?? "";
  const [filter, setFilter] = useState(to);
  const filterId = useId();

  // Debounced: the filter box drives `?to=`.
  useEffect(() => {
    const next = filter.trim();
    if (next === to) return;
    const timer = setTimeout(() => {
      void navigate({ search: { to: next || undefined }, replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [filter, to, navigate]);

  const mails = useQuery({ ...devMailboxQueryOptions(to), placeholderData: keepPreviousData });

  if (isApiError(mails.error) && mails.error.status === 404) return <NotFound />;
  if (mails.isPending) return <PageSpinner />;

  const items = mails.data?.items ?? [];
  const selected = search.id ? items.find((m) => m.id === search.id) : undefined;

  return (
    <section className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="font-bold text-3xl text-slate-900 tracking-tight">{t("devMailbox.title")}</h1>
      <p className="mt-2 text-slate-600">{t("devMailbox.subtitle", { seconds: DEV_MAILBOX_REFRESH_MS / 1000 })}</p>

      <search>
        <form
          className="mt-6 flex max-w-xl items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: { to: filter.trim() || undefined }, replace: true });
          }}
        >
          <div className="flex-1">
            <label htmlFor={filterId} className="block font-medium text-slate-900 text-sm">
              {t("devMailbox.filter")}
            </label>
            <input
              id={filterId}
              type="search"
              inputMode="email"
              autoComplete="off"
              placeholder="name@example.com"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className={`mt-2 ${inputClass}`}
            />
          </div>
          {to ? (
            <button
              type="button"
              onClick={() => setFilter("")}
              className="rounded-lg px-3 py-2.5 font-medium text-slate-700 text-sm hover:bg-slate-100"
            >
              {t("devMailbox.clear")}
            </button>
          ) : null}
        </form>
      </search>

      {mails.isError ? (
        <div className="mt-6">
          <Alert tone="error">{t("devMailbox.error", { message: mails.error.message })}</Alert>
        </div>
      ) : null}

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="min-w-0">
          <p className="mb-2 text-slate-500 text-sm" aria-live="polite">
            {t("devMailbox.count", { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p className="rounded-xl border border-slate-300 border-dashed px-4 py-8 text-center text-slate-500">
              {to ? t("devMailbox.emptyFiltered", { to }) : t("devMailbox.empty")}
            </p>
          ) : (
            <div className="overflow-x-auto rounded-xl border border-slate-200">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("devMailbox.caption")}</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {t("devMailbox.subject")}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {t("devMailbox.to")}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {t("devMailbox.time")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {items.map((m) => {
                    const active = m.id === selected?.id;
                    return (
                      <tr key={m.id} data-testid="mail-row" className={active ? "bg-indigo-50" : undefined}>
                        <td className="px-3 py-2">
                          <Link
                            to="/dev/mailbox"
                            search={{ to: to || undefined, id: m.id }}
                            replace
                            aria-current={active ? "true" : undefined}
                            className="font-medium text-indigo-700 hover:underline"
                          >
                            {m.subject}
                          </Link>
                        </td>
                        <td className="break-all px-3 py-2 text-slate-700">{m.to}</td>
                        <td className="whitespace-nowrap px-3 py-2 text-slate-500">
                          <time dateTime={m.createdAt} title={formatDateTime(m.createdAt, locale)}>
                            {formatRelative(m.createdAt, locale)}
                          </time>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>

        <div className="min-w-0">
          {selected ? (
            <article
              className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
              aria-labelledby={`mail-${selected.id}`}
              data-testid="mail"
            >
              <h2 id={`mail-${selected.id}`} className="font-semibold text-lg text-slate-900">
                {selected.subject}
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-500">{t("devMailbox.to")}</dt>
                <dd className="break-all text-slate-800">{selected.to}</dd>
                <dt className="text-slate-500">{t("devMailbox.time")}</dt>
                <dd className="text-slate-800">{formatDateTime(selected.createdAt, locale)}</dd>
                <dt className="text-slate-500">{t("devMailbox.status")}</dt>
                <dd className="text-slate-800">{selected.status}</dd>
              </dl>

              <h3 className="mt-5 font-semibold text-slate-900 text-sm">{t("devMailbox.links")}</h3>
              {selected.links.length === 0 ? (
                <p className="mt-1 text-slate-500 text-sm">{t("devMailbox.noLinks")}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {selected.links.map((link) => {
                    const here = localHref(link);
                    return (
                      <li key={link} className="break-all">
                        <a href={link} className={linkClass} data-testid="mail-link">
                          {link}
                        </a>
                        {here ? (
                          <>
                            {" · "}
                            <a href={here} className={linkClass} data-testid="mail-link-here">
                              {t("devMailbox.openHere")}
                            </a>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}

              <h3 className="mt-5 font-semibold text-slate-900 text-sm">{t("devMailbox.text")}</h3>
              <pre className="mt-1 max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-slate-800 text-sm">
                {selected.text}
              </pre>

              {selected.html ? (
                <details className="mt-5">
                  <summary className="cursor-pointer font-semibold text-slate-900 text-sm">
                    {t("devMailbox.html")}
                  </summary>
                  {/* Sandboxed: no scripts, no navigation, no same-origin access. */}
                  <iframe
                    title={t("devMailbox.html")}
                    sandbox=""
                    srcDoc={selected.html}
                    className="mt-2 h-[28rem] w-full rounded-lg border border-slate-200 bg-white"
                  />
                </details>
              ) : null}
            </article>
          ) : (
            <p className="rounded-xl border border-slate-300 border-dashed px-4 py-8 text-center text-slate-500">
              {t("devMailbox.select")}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
