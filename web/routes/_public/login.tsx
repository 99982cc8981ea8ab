import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createFileRoute, useRouter } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import { apiFetch } from "../../api-client/client.ts";
import { UserEnvelopeSchema } from "../../api-client/schemas.ts";
import { useT } from "../../i18n/index.tsx";
import { safeRedirectTarget } from "../../lib/format.ts";

interface LoginSearch {
  redirect?: string;
}

export const Route = createFileRoute("/_public/login")({
  validateSearch: (search: Record<string, unknown>): LoginSearch =>
    typeof search.redirect === "string" ? { redirect: search.redirect } : {},
  component: Login,
});

const inputClass =
  "mt-2 block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:ring-inset";

function Login() {
  const t = useT();
  const { redirect } = Route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const errorId = useId();

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      apiFetch("/api/v1/auth/login", { method: "POST", body, schema: UserEnvelopeSchema }),
    onSuccess: async ({ user }) => {
      queryClient.setQueryData(["me"], user);
      router.history.push(safeRedirectTarget(redirect));
    },
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <section className="mx-auto flex max-w-md flex-col px-4 py-16 sm:py-24">
      <h1 className="font-bold text-3xl text-slate-900 tracking-tight">{t("login.title")}</h1>
      <p className="mt-2 text-slate-600">{t("login.subtitle")}</p>
      <form
        onSubmit={onSubmit}
        className="mt-8 space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8"
        aria-describedby={login.isError ? errorId : undefined}
      >
        <div>
          <label htmlFor="login-email" className="block font-medium text-slate-900 text-sm">
            {t("login.email")}
          </label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="login-password" className="block font-medium text-slate-900 text-sm">
            {t("login.password")}
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={inputClass}
          />
        </div>
        {login.isError ? (
          <div
            id={errorId}
            role="alert"
            className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900 text-sm"
          >
            <p className="font-semibold">{t("login.failed")}</p>
            <p className="mt-1">{login.error.message}</p>
          </div>
        ) : null}
        <button
          type="submit"
          disabled={login.isPending}
          className="flex w-full justify-center rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-sm text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60"
        >
          {login.isPending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </section>
  );
}
