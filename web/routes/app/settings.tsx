import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { createFileRoute } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { ChangePasswordBodySchema, UpdateProfileBodySchema } from "../../../worker/modules/auth/schemas.ts";
import { authApi, sessionsQueryOptions } from "../../api-client/auth.ts";
import type { SessionInfo, User } from "../../api-client/schemas.ts";
import {
  Alert,
  inputClass,
  PasswordField,
  Spinner,
  SubmitButton,
  secondaryButtonClass,
  TextField,
} from "../../components/form.tsx";
import { pageTitleClass } from "../../components/page.tsx";
import { LOCALES, type Locale, setLocale, useI18n, useT } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";
import { formatDateTime, formatRelative } from "../../lib/format.ts";
import { useMe } from "../../lib/me.ts";

export const Route = createFileRoute("/app/settings")({
  component: Settings,
});

function Settings() {
  const t = useT();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className={pageTitleClass}>{t("settings.title")}</h1>
      <ProfileSection user={user} />
      <PasswordSection email={user.email} />
      <SessionsSection />
    </div>
  );
}

function Section({
  title,
  subtitle,
  children,
  actions,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="font-semibold text-lg text-slate-900">
            {title}
          </h2>
          {subtitle ? <p className="mt-1 text-slate-600 text-sm">{subtitle}</p> : null}
        </div>
        {actions}
      </div>
      <div className="mt-5">{children}</div>
    </section>
  );
}

const LANGUAGE_LABEL = { "zh-CN": "lang.zh", en: "lang.en" } as const satisfies Record<Locale, string>;

/** Name and language. Saving the language also switches the UI language. */
function ProfileSection({ user }: { user: User }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm(["name", "locale"] as const);
  const [name, setName] = useState(user.name ?? "");
  const [locale, setLocaleValue] = useState<Locale>(user.locale);
  const localeField = form.field("locale");

  // Follow server-side changes (another tab) while the form is untouched.
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (dirty) return;
    setName(user.name ?? "");
    setLocaleValue(user.locale);
  }, [user.name, user.locale, dirty]);

  const save = useMutation({
    mutationFn: authApi.updateProfile,
    onSuccess: ({ user: updated }) => {
      queryClient.setQueryData(["me"], updated);
      void queryClient.invalidateQueries({ queryKey: ["me"], exact: true });
      setLocale(updated.locale);
      setDirty(false);
    },
    onError: (e) => form.handleError(e),
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (save.isPending) return;
    save.reset();
    const body = form.validate(UpdateProfileBodySchema, { name: name.trim() || null, locale });
    if (body) save.mutate(body);
  }

  return (
    <Section title={t("settings.profile.title")}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <div>
          <p className="font-medium text-slate-900 text-sm">{t("settings.profile.email")}</p>
          <p className="mt-1 break-all text-slate-700" data-testid="settings-email">
            {user.email}
          </p>
        </div>
        <TextField
          binding={form.field("name")}
          label={t("settings.profile.name")}
          autoComplete="name"
          maxLength={50}
          value={name}
          onChange={(v) => {
            setDirty(true);
            setName(v);
          }}
        />
        <div>
          <label htmlFor={localeField.id} className="block font-medium text-slate-900 text-sm">
            {t("settings.profile.language")}
          </label>
          <select
            ref={localeField.ref}
            id={localeField.id}
            name="locale"
            value={locale}
            onChange={(e) => {
              localeField.clear();
              setDirty(true);
              setLocaleValue(e.target.value as Locale);
            }}
            aria-invalid={localeField.error ? true : undefined}
            aria-describedby={[localeField.error && localeField.errorId, `${localeField.id}-hint`]
              .filter(Boolean)
              .join(" ")}
            className={`mt-2 ${inputClass} sm:max-w-xs`}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(LANGUAGE_LABEL[l])}
              </option>
            ))}
          </select>
          <p id={`${localeField.id}-hint`} className="mt-1.5 text-slate-500 text-sm">
            {t("settings.profile.languageHint")}
          </p>
          {localeField.error ? (
            <p id={localeField.errorId} className="mt-1.5 text-red-700 text-sm">
              {localeField.error}
            </p>
          ) : null}
        </div>
        {form.formError ? (
          <Alert tone="error" title={t("settings.profile.failed")}>
            {form.formError}
          </Alert>
        ) : null}
        {save.isSuccess ? <Alert tone="success">{t("settings.profile.saved")}</Alert> : null}
        <SubmitButton pending={save.isPending} pendingLabel={t("settings.profile.saving")} className="sm:w-auto">
          {t("settings.profile.save")}
        </SubmitButton>
      </form>
    </Section>
  );
}

/** Change password; the server ends the other sessions, so the device list is refreshed. */
function PasswordSection({ email }: { email: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm(["currentPassword", "newPassword", "confirm"] as const);
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [confirm, setConfirm] = useState("");

  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => {
      setCurrent("");
      setNew("");
      setConfirm("");
      void queryClient.invalidateQueries({ queryKey: ["me", "sessions"] });
    },
    onError: (e) => form.handleError(e),
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (change.isPending) return;
    change.reset();
    const body = form.validate(
      ChangePasswordBodySchema,
      { currentPassword, newPassword },
      confirm !== newPassword ? { confirm: t("password.mismatch") } : {},
    );
    if (body) change.mutate(body);
  }

  return (
    <Section title={t("settings.password.title")} subtitle={t("settings.password.subtitle")}>
      <form onSubmit={onSubmit} noValidate className="space-y-5 sm:max-w-md">
        {/* Lets password managers attach the new password to the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          binding={form.field("currentPassword")}
          label={t("settings.password.current")}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
        />
        <PasswordField
          binding={form.field("newPassword")}
          label={t("settings.password.new")}
          autoComplete="new-password"
          showStrength
          hint={t("password.hint")}
          value={newPassword}
          onChange={setNew}
        />
        <PasswordField
          binding={form.field("confirm")}
          label={t("settings.password.confirm")}
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
        />
        {form.formError ? (
          <Alert tone="error" title={t("settings.password.failed")}>
            {form.formError}
          </Alert>
        ) : null}
        {change.isSuccess ? <Alert tone="success">{t("settings.password.changed")}</Alert> : null}
        <SubmitButton pending={change.isPending} pendingLabel={t("settings.password.submitting")} className="sm:w-auto">
          {t("settings.password.submit")}
        </SubmitButton>
      </form>
    </Section>
  );
}

/** Signed-in devices: "this device" badge, sign out one, sign out all others. */
function SessionsSection() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const sessions = useInfiniteQuery(sessionsQueryOptions());
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const items = sessions.data?.pages.flatMap((p) => p.items) ?? [];
  const others = items.filter((s) => !s.current);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ["me", "sessions"] });
  const revoke = useMutation({
    mutationFn: (s: SessionInfo) => authApi.revokeSession(s.id),
    onSuccess: async () => {
      setNotice({ tone: "success", text: t("settings.sessions.revoked") });
      await refresh();
    },
    onError: (e) => setNotice({ tone: "error", text: t("settings.sessions.actionFailed", { message: e.message }) }),
  });
  const revokeOthers = useMutation({
    mutationFn: authApi.revokeOtherSessions,
    onSuccess: async () => {
      setNotice({ tone: "success", text: t("settings.sessions.revokedOthers") });
      await refresh();
    },
    onError: (e) => setNotice({ tone: "error", text: t("settings.sessions.actionFailed", { message: e.message }) }),
  });
  const busy = revoke.isPending || revokeOthers.isPending;

  return (
    <Section
      title={t("settings.sessions.title")}
      subtitle={t("settings.sessions.subtitle")}
      actions={
        others.length > 0 ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={busy}
            aria-busy={revokeOthers.isPending || undefined}
            onClick={() => {
              setNotice(null);
              revokeOthers.mutate();
            }}
          >
            {revokeOthers.isPending ? (
              <>
                <Spinner />
                {t("settings.sessions.revokingOthers")}
              </>
            ) : (
              t("settings.sessions.revokeOthers")
            )}
          </button>
        ) : null
      }
    >
      <div aria-live="polite" className="mb-4 empty:hidden">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {sessions.isPending ? (
        <p role="status" className="flex items-center gap-2 text-slate-600 text-sm">
          <Spinner /> {t("common.loading")}
        </p>
      ) : sessions.isError ? (
        <Alert tone="error">
          <p>{t("settings.sessions.error", { message: sessions.error.message })}</p>
          <button type="button" className="mt-2 font-semibold underline" onClick={() => void sessions.refetch()}>
            {t("settings.sessions.retry")}
          </button>
        </Alert>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200" data-testid="sessions">
            {items.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
                data-current={s.current || undefined}
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    <span className="break-words">{s.device || t("settings.sessions.unknown")}</span>
                    {s.current ? (
                      <span className="rounded-full bg-emerald-50 px-2 py-0.5 font-medium text-emerald-700 text-xs ring-1 ring-emerald-200">
                        {t("settings.sessions.current")}
                      </span>
                    ) : null}
                  </p>
                  <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-slate-600 text-sm">
                    <div className="flex gap-1">
                      <dt>{t("settings.sessions.ip")}:</dt>
                      <dd>{s.ip ?? t("settings.sessions.unknown")}</dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>{t("settings.sessions.lastSeen")}:</dt>
                      <dd>
                        <time dateTime={s.lastSeenAt} title={formatDateTime(s.lastSeenAt, locale)}>
                          {formatRelative(s.lastSeenAt, locale)}
                        </time>
                      </dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>{t("settings.sessions.createdAt")}:</dt>
                      <dd>
                        <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
                      </dd>
                    </div>
                  </dl>
                </div>
                {s.current ? null : (
                  <button
                    type="button"
                    className={`${secondaryButtonClass} px-3 py-1.5`}
                    disabled={busy}
                    aria-label={t("settings.sessions.revokeLabel", {
                      device: s.device || t("settings.sessions.unknown"),
                    })}
                    onClick={() => {
                      setNotice(null);
                      revoke.mutate(s);
                    }}
                  >
                    {revoke.isPending && revoke.variables?.id === s.id ? (
                      <>
                        <Spinner />
                        {t("settings.sessions.revoking")}
                      </>
                    ) : (
                      t("settings.sessions.revoke")
                    )}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {others.length === 0 ? <p className="mt-3 text-slate-500 text-sm">{t("settings.sessions.none")}</p> : null}
          {sessions.hasNextPage ? (
            <button
              type="button"
              className={`${secondaryButtonClass} mt-4`}
              disabled={sessions.isFetchingNextPage}
              onClick={() => void sessions.fetchNextPage()}
            >
              {sessions.isFetchingNextPage ? <Spinner /> : null}
              {t("settings.sessions.loadMore")}
            </button>
          ) : null}
        </>
      )}
    </Section>
  );
}
