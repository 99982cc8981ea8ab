import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ResetPasswordBodySchema } from "../../../worker/modules/auth/schemas.ts";
import { authApi } from "../../api-client/auth.ts";
import { isApiError } from "../../api-client/client.ts";
import { Alert, AuthPage, linkClass, PasswordField, SubmitButton } from "../../components/form.tsx";
import { useT } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";

interface ResetSearch {
  token?: string;
}

export const Route = createFileRoute("/_public/reset-password")({
  validateSearch: (search: Record<string, unknown>): ResetSearch =>
    typeof search.token === "string" && search.token ? { token: search.token } : {},
  component: ResetPassword,
});

/** Opened from the reset email. Success ends every session and does not sign in: go to login. */
function ResetPassword() {
  const t = useT();
  const { token } = Route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm(["password", "confirm"] as const);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");

  const reset = useMutation({
    mutationFn: authApi.resetPassword,
    onSuccess: async () => {
      // Every session of the user ended, possibly this browser's too.
      queryClient.clear();
      await navigate({ to: "/login", search: { notice: "passwordReset" }, replace: true });
    },
    onError: (e) => form.handleError(e),
  });

  const requestNew = (
    <Link to="/forgot-password" className={linkClass}>
      {t("reset.requestNew")}
    </Link>
  );

  if (!token || token.length < 16 || token.length > 256) {
    return (
      <AuthPage title={t("reset.title")} footer={requestNew}>
        <Alert tone="error">{t("reset.missingToken")}</Alert>
      </AuthPage>
    );
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (reset.isPending || reset.isSuccess) return;
    const body = form.validate(
      ResetPasswordBodySchema,
      { token, password },
      confirm !== password ? { confirm: t("password.mismatch") } : {},
    );
    if (body) reset.mutate(body);
  }

  const tokenInvalid = isApiError(reset.error) && reset.error.code === "TOKEN_INVALID";
  return (
    <AuthPage title={t("reset.title")} subtitle={t("reset.subtitle")} footer={requestNew}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <PasswordField
          binding={form.field("password")}
          label={t("reset.password")}
          autoComplete="new-password"
          showStrength
          hint={t("password.hint")}
          value={password}
          onChange={setPassword}
        />
        <PasswordField
          binding={form.field("confirm")}
          label={t("reset.confirm")}
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
        />
        {form.formError ? (
          <Alert tone="error" title={t("reset.failed")}>
            <p>{form.formError}</p>
            {tokenInvalid ? <p className="mt-2">{requestNew}</p> : null}
          </Alert>
        ) : null}
        <SubmitButton pending={reset.isPending || reset.isSuccess} pendingLabel={t("reset.submitting")}>
          {t("reset.submit")}
        </SubmitButton>
      </form>
    </AuthPage>
  );
}
