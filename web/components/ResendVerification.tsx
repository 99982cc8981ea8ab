import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { EmailOnlyBodySchema } from "../../worker/modules/auth/schemas.ts";
import { authApi } from "../api-client/auth.ts";
import { isApiError } from "../api-client/client.ts";
import { useT } from "../i18n/index.tsx";
import { useCooldown } from "../lib/cooldown.ts";
import { useForm } from "../lib/form.ts";
import { Alert, Spinner, secondaryButtonClass, TextField } from "./form.tsx";

/** API.md: resend has a 60 s cooldown; the client counts it down too. */
export const RESEND_COOLDOWN_SECONDS = 60;

/**
 * "Resend verification email" with a client-side countdown per address.
 * With `email` it is a single button; without, it asks for the address first.
 * `justSent`: a mail was just sent (after register), so the countdown starts right away.
 */
export function ResendVerification({ email: fixedEmail, justSent = false }: { email?: string; justSent?: boolean }) {
  const t = useT();
  const form = useForm(["email"] as const);
  const [typedEmail, setTypedEmail] = useState("");
  const email = (fixedEmail ?? typedEmail).trim().toLowerCase();
  const { remaining, start } = useCooldown(`resend:${email}`);
  const started = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => {
    if (justSent && !started.current && remaining === 0) start(RESEND_COOLDOWN_SECONDS);
    started.current = true;
  }, []);

  const resend = useMutation({
    mutationFn: authApi.resendVerification,
    onSuccess: () => start(RESEND_COOLDOWN_SECONDS),
    onError: (e) => {
      if (isApiError(e) && e.code === "RATE_LIMITED") start(e.retryAfter ?? RESEND_COOLDOWN_SECONDS);
      if (fixedEmail === undefined) form.handleError(e);
    },
  });

  function onSubmit(e?: FormEvent) {
    e?.preventDefault();
    if (resend.isPending || remaining > 0) return;
    const body = form.validate(EmailOnlyBodySchema, { email: fixedEmail ?? typedEmail });
    if (body) resend.mutate(body);
  }

  const button = (
    <button
      type={fixedEmail === undefined ? "submit" : "button"}
      onClick={fixedEmail === undefined ? undefined : () => onSubmit()}
      disabled={resend.isPending || remaining > 0}
      aria-busy={resend.isPending || undefined}
      className={`${secondaryButtonClass} w-full`}
    >
      {resend.isPending ? (
        <>
          <Spinner />
          {t("resend.sending")}
        </>
      ) : remaining > 0 ? (
        t("resend.wait", { seconds: remaining })
      ) : (
        t("resend.button")
      )}
    </button>
  );

  const status = (
    <>
      {resend.isSuccess ? <Alert tone="success">{t("resend.sent")}</Alert> : null}
      {resend.isError && (fixedEmail !== undefined || !form.errors.email) ? (
        <Alert tone="error">{resend.error.message}</Alert>
      ) : null}
    </>
  );

  if (fixedEmail !== undefined) {
    return (
      <div className="space-y-3">
        {button}
        {status}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        binding={form.field("email")}
        label={t("verify.resend.email")}
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        value={typedEmail}
        onChange={setTypedEmail}
      />
      {button}
      {status}
    </form>
  );
}
