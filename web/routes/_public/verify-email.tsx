import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { useEffect } from "react";
import { authApi } from "../../api-client/auth.ts";
import { isApiError } from "../../api-client/client.ts";
import { Alert, AuthPage, primaryButtonClass, Spinner } from "../../components/form.tsx";
import { ResendVerification } from "../../components/ResendVerification.tsx";
import { useT } from "../../i18n/index.tsx";

interface VerifySearch {
  token?: string;
}

export const Route = createFileRoute("/_public/verify-email")({
  validateSearch: (search: Record<string, unknown>): VerifySearch =>
    typeof search.token === "string" && search.token ? { token: search.token } : {},
  component: VerifyEmail,
});

/** Opened from the verification email: posts the token once on load (tokens are single use). */
function VerifyEmail() {
  const t = useT();
  const { token } = Route.useSearch();
  const queryClient = useQueryClient();
  // A query (not an effect + mutation) so that React's StrictMode double mount and re-renders post
  // the single-use token exactly once; never refetched.
  const verify = useQuery({
    queryKey: ["auth", "verify-email", token],
    queryFn: () => authApi.verifyEmail({ token: token ?? "" }),
    enabled: Boolean(token),
    retry: (count, e) => count < 2 && isApiError(e) && e.status === 0,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

  useEffect(() => {
    // A signed-in user's `emailVerified` changed.
    if (verify.isSuccess) void queryClient.invalidateQueries({ queryKey: ["me"], exact: true });
  }, [verify.isSuccess, queryClient]);

  if (!token || verify.isError) {
    return (
      <AuthPage title={t("verify.failed.title")} focusTitle>
        <div className="space-y-6">
          <Alert tone="error">{token ? verify.error?.message : t("verify.missingToken")}</Alert>
          <div>
            <h2 className="font-semibold text-lg text-slate-900">{t("verify.resend.title")}</h2>
            <p className="mt-1 mb-4 text-slate-600 text-sm">{t("verify.resend.body")}</p>
            <ResendVerification />
          </div>
        </div>
      </AuthPage>
    );
  }

  if (verify.isSuccess) {
    const { email } = verify.data.user;
    return (
      <AuthPage title={t("verify.success.title")} focusTitle>
        <div className="space-y-6">
          <Alert tone="success">{t("verify.success.body", { email })}</Alert>
          <Link
            to="/login"
            search={{ email, notice: "verified" }}
            className={`${primaryButtonClass} w-full`}
            data-testid="verified-sign-in"
          >
            {t("verify.success.signIn")}
          </Link>
        </div>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t("verify.title")}>
      <p role="status" className="flex items-center gap-3 text-slate-700">
        <Spinner className="size-5 text-indigo-600" />
        {t("verify.verifying")}
      </p>
    </AuthPage>
  );
}
