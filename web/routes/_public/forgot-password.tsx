import { useMutation } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { EmailOnlyBodySchema } from "../../../worker/modules/auth/schemas.ts";
import { authApi } from "../../api-client/auth.ts";
import { Alert, AuthPage, linkClass, SubmitButton, TextField } from "../../components/form.tsx";
import { useTurnstile } from "../../components/Turnstile.tsx";
import { useT } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";

interface ForgotSearch {
  email?: string;
}

export const Route = createFileRoute("/_public/forgot-password")({
  validateSearch: (search: Record<string, unknown>): ForgotSearch =>
    typeof search.email === "string" && search.email ? { email: search.email } : {},
  component: ForgotPassword,
});

/** Always the same answer whether or not the account exists (no enumeration). */
function ForgotPassword() {
  const t = useT();
  const search = Route.useSearch();
  const form = useForm(["email", "turnstileToken"] as const);
  const turnstile = useTurnstile("forgot-password");
  const [email, setEmail] = useState(search.email ?? "");

  const forgot = useMutation({
    mutationFn: authApi.forgotPassword,
    onError: (e) => {
      form.handleError(e);
      turnstile.reset();
    },
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (forgot.isPending) return;
    const body = form.validate(
      EmailOnlyBodySchema,
      { email, turnstileToken: turnstile.token },
      turnstile.enabled && !turnstile.token ? { turnstileToken: t("turnstile.required") } : {},
    );
    if (body) forgot.mutate(body);
  }

  const back = (
    <Link to="/login" className={linkClass}>
      {t("forgot.back")}
    </Link>
  );

  if (forgot.isSuccess) {
    return (
      <AuthPage title={t("forgot.sent.title")} footer={back} focusTitle>
        <Alert tone="success">{t("forgot.sent.body")}</Alert>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t("forgot.title")} subtitle={t("forgot.subtitle")} footer={back}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <TextField
          binding={form.field("email")}
          label={t("forgot.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={setEmail}
        />
        {turnstile.widget ? (
          <div>
            {turnstile.widget}
            {form.errors.turnstileToken ? (
              <p role="alert" className="mt-1.5 text-red-700 text-sm">
                {form.errors.turnstileToken}
              </p>
            ) : null}
          </div>
        ) : null}
        {form.formError ? (
          <Alert tone="error" title={t("forgot.failed")}>
            {form.formError}
          </Alert>
        ) : null}
        <SubmitButton pending={forgot.isPending} pendingLabel={t("forgot.submitting")} disabled={turnstile.loading}>
          {t("forgot.submit")}
        </SubmitButton>
      </form>
    </AuthPage>
  );
}
