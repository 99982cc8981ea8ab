import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, Link, useRouter } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { LoginBodySchema } from "../../../worker/modules/auth/schemas.ts";
import { authApi } from "../../api-client/auth.ts";
import { isApiError } from "../../api-client/client.ts";
import { Alert, AuthPage, linkClass, PasswordField, SubmitButton, TextField } from "../../components/form.tsx";
import { ResendVerification } from "../../components/ResendVerification.tsx";
import { setLocale, useT } from "../../i18n/index.tsx";
import { useCountdown } from "../../lib/cooldown.ts";
import { useForm } from "../../lib/form.ts";
import { formatWait, safeRedirectTarget } from "../../lib/format.ts";

const NOTICES = ["passwordReset", "verified"] as const;
type Notice = (typeof NOTICES)[number];

interface LoginSearch {
  redirect?: string;
  /** Prefills the email field (e.g. after verifying it). */
  email?: string;
  /** A one-line notice shown above the form (after a password reset or email verification). */
  notice?: Notice;
}

export const Route = createFileRoute("/_public/login")({
  validateSearch: (search: Record<string, unknown>): LoginSearch => {
    const out: LoginSearch = {};
    if (typeof search.redirect === "string") out.redirect = search.redirect;
    if (typeof search.email === "string" && search.email) out.email = search.email;
    if (typeof search.notice === "string" && (NOTICES as readonly string[]).includes(search.notice)) {
      out.notice = search.notice as Notice;
    }
    return out;
  },
  component: Login,
});

const NOTICE_KEY = { passwordReset: "login.notice.passwordReset", verified: "login.notice.verified" } as const;

function Login() {
  const t = useT();
  const search = Route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm(["email", "password"] as const);
  const [email, setEmail] = useState(search.email ?? "");
  const [password, setPassword] = useState("");
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const blockedFor = useCountdown(blockedUntil);

  const login = useMutation({
    mutationFn: authApi.login,
    onSuccess: async ({ user }) => {
      // A new identity: drop whatever a previous session cached, then seed `me`.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] === "me" });
      queryClient.setQueryData(["me"], user);
      setLocale(user.locale);
      router.history.push(safeRedirectTarget(search.redirect));
    },
    onError: (e) => {
      if (isApiError(e) && e.code === "RATE_LIMITED" && e.retryAfter) {
        setBlockedUntil(Date.now() + e.retryAfter * 1000);
      }
      if (isApiError(e) && e.code === "VALIDATION_FAILED") form.handleError(e);
    },
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (login.isPending || blockedFor > 0) return;
    login.reset();
    const body = form.validate(LoginBodySchema, { email, password });
    if (body) login.mutate(body);
  }

  const error = login.error;
  // Validation failures are shown on the fields (and in form.formError); everything else here.
  const showError = error && !(isApiError(error) && error.code === "VALIDATION_FAILED");
  return (
    <AuthPage
      title={t("login.title")}
      subtitle={t("login.subtitle")}
      footer={
        <>
          {t("login.noAccount")}{" "}
          <Link to="/register" className={linkClass}>
            {t("login.register")}
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {search.notice && !login.isError ? <Alert tone="success">{t(NOTICE_KEY[search.notice])}</Alert> : null}
        <TextField
          binding={form.field("email")}
          label={t("login.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={setEmail}
        />
        <div>
          <PasswordField
            binding={form.field("password")}
            label={t("login.password")}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
          <p className="mt-2 text-right text-sm">
            <Link to="/forgot-password" search={email.trim() ? { email: email.trim() } : {}} className={linkClass}>
              {t("login.forgot")}
            </Link>
          </p>
        </div>
        {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
        {showError ? (
          <Alert tone="error" title={t("login.failed")}>
            <p>{error.message}</p>
            {isApiError(error) && error.code === "RATE_LIMITED" && blockedFor > 0 ? (
              <p className="mt-1" data-testid="retry-in">
                {t("login.retryIn", { time: formatWait(blockedFor, t) })}
              </p>
            ) : null}
          </Alert>
        ) : null}
        <SubmitButton pending={login.isPending} pendingLabel={t("login.submitting")} disabled={blockedFor > 0}>
          {blockedFor > 0 ? t("login.retryIn", { time: formatWait(blockedFor, t) }) : t("login.submit")}
        </SubmitButton>
      </form>
      {isApiError(error) && error.code === "EMAIL_NOT_VERIFIED" ? (
        <div className="mt-6 border-slate-200 border-t pt-6">
          <p className="mb-3 text-slate-700 text-sm">{t("login.notVerified.hint")}</p>
          <ResendVerification email={email.trim()} />
        </div>
      ) : null}
    </AuthPage>
  );
}
