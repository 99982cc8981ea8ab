import { useMutation, useQuery } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { RegisterBodySchema } from "../../../worker/modules/auth/schemas.ts";
import { authApi, devMailboxAvailableQueryOptions } from "../../api-client/auth.ts";
import { isApiError } from "../../api-client/client.ts";
import { Alert, AuthPage, linkClass, PasswordField, SubmitButton, TextField } from "../../components/form.tsx";
import { ResendVerification } from "../../components/ResendVerification.tsx";
import { useTurnstile } from "../../components/Turnstile.tsx";
import { useI18n, useT } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";

interface RegisterSearch {
  invite?: string;
}

export const Route = createFileRoute("/_public/register")({
  validateSearch: (search: Record<string, unknown>): RegisterSearch =>
    typeof search.invite === "string" && search.invite ? { invite: search.invite } : {},
  component: Register,
});

const FIELDS = ["email", "password", "name", "inviteCode", "turnstileToken"] as const;

function Register() {
  const { t, locale } = useI18n();
  const { invite } = Route.useSearch();
  const form = useForm(FIELDS, { inviteCode: "inviteCode.invalid" });
  const turnstile = useTurnstile("register");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const [inviteCode, setInviteCode] = useState(invite ?? "");

  const register = useMutation({
    mutationFn: authApi.register,
    onError: (e) => {
      // "Already registered" belongs to the email field.
      if (isApiError(e) && e.code === "EMAIL_TAKEN") form.setErrors({ email: e.message });
      else form.handleError(e);
      turnstile.reset();
    },
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (register.isPending) return;
    const body = form.validate(
      RegisterBodySchema,
      {
        email,
        password,
        name: name.trim() || undefined,
        inviteCode: inviteCode.trim() || undefined,
        locale,
        turnstileToken: turnstile.token,
      },
      turnstile.enabled && !turnstile.token ? { turnstileToken: t("turnstile.required") } : {},
    );
    if (body) register.mutate(body);
  }

  if (register.isSuccess) return <CheckEmail email={register.data.user.email} />;

  const emailField = form.field("email");
  return (
    <AuthPage
      title={t("register.title")}
      subtitle={t("register.subtitle")}
      footer={
        <>
          {t("register.haveAccount")}{" "}
          <Link to="/login" className={linkClass}>
            {t("register.signIn")}
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <TextField
          binding={emailField}
          label={t("register.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={setEmail}
        />
        <PasswordField
          binding={form.field("password")}
          label={t("register.password")}
          autoComplete="new-password"
          showStrength
          hint={t("password.hint")}
          value={password}
          onChange={setPassword}
        />
        <TextField
          binding={form.field("name")}
          label={t("register.name")}
          optional
          autoComplete="name"
          maxLength={50}
          value={name}
          onChange={setName}
        />
        <TextField
          binding={form.field("inviteCode")}
          label={t("register.inviteCode")}
          optional
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          value={inviteCode}
          onChange={setInviteCode}
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
          <Alert tone="error" title={t("register.failed")}>
            {form.formError}
          </Alert>
        ) : null}
        <SubmitButton pending={register.isPending} pendingLabel={t("register.submitting")} disabled={turnstile.loading}>
          {t("register.submit")}
        </SubmitButton>
      </form>
    </AuthPage>
  );
}

/** After a successful sign-up: "check your email", resend with countdown, dev mailbox link. */
function CheckEmail({ email }: { email: string }) {
  const t = useT();
  const devMailbox = useQuery(devMailboxAvailableQueryOptions());
  return (
    <AuthPage title={t("register.check.title")} focusTitle>
      <div className="space-y-5">
        <p className="text-slate-700" data-testid="check-email">
          {t("register.check.body", { email })}
        </p>
        <p className="text-slate-500 text-sm">{t("register.check.spam")}</p>
        <ResendVerification email={email} justSent />
        {devMailbox.data ? (
          <p className="text-sm">
            <Link to="/dev/mailbox" search={{ to: email }} className={linkClass}>
              {t("register.check.devMailbox")}
            </Link>
          </p>
        ) : null}
      </div>
    </AuthPage>
  );
}
