/**
 * Typed calls for the Accounts API (API.md "Accounts"). Imports zod through the shared schemas:
 * use only from lazily loaded route components.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import {
  AuthConfigSchema,
  type ChangePasswordBodySchema,
  DevMailListSchema,
  type EmailOnlyBodySchema,
  type LoginBodySchema,
  type RegisterBodySchema,
  type ResetPasswordBodySchema,
  SessionListSchema,
  type TokenBodySchema,
  type UpdateProfileBodySchema,
  UserEnvelopeSchema,
} from "../../worker/modules/auth/schemas.ts";
import { ApiError, apiFetch } from "./client.ts";

type Out<S extends z.ZodType> = z.output<S>;

export type AuthConfig = z.infer<typeof AuthConfigSchema>;

const post = <S extends z.ZodType | undefined = undefined>(path: string, body?: unknown, schema?: S) =>
  apiFetch<S>(`/api/v1${path}`, { method: "POST", body: body ?? {}, schema });

export const authApi = {
  register: (body: Out<typeof RegisterBodySchema>) => post("/auth/register", body, UserEnvelopeSchema),
  verifyEmail: (body: Out<typeof TokenBodySchema>) => post("/auth/verify-email", body, UserEnvelopeSchema),
  resendVerification: (body: Out<typeof EmailOnlyBodySchema>) => post("/auth/resend-verification", body),
  login: (body: Out<typeof LoginBodySchema>) => post("/auth/login", body, UserEnvelopeSchema),
  logout: () => post("/auth/logout"),
  forgotPassword: (body: Out<typeof EmailOnlyBodySchema>) => post("/auth/password/forgot", body),
  resetPassword: (body: Out<typeof ResetPasswordBodySchema>) => post("/auth/password/reset", body),
  changePassword: (body: Out<typeof ChangePasswordBodySchema>) => post("/auth/password/change", body),
  updateProfile: (body: Out<typeof UpdateProfileBodySchema>) =>
    apiFetch("/api/v1/me", { method: "PATCH", body, schema: UserEnvelopeSchema }),
  revokeSession: (id: string) => apiFetch(`/api/v1/me/sessions/${encodeURIComponent(id)}`, { method: "DELETE" }),
  revokeOtherSessions: () => post("/me/sessions/revoke-others"),
};

/** Turnstile site key; `null` (widget off) also when the endpoint is missing or fails. */
export const authConfigQueryOptions = () =>
  queryOptions({
    queryKey: ["auth", "config"],
    queryFn: async ({ signal }): Promise<AuthConfig> => {
      try {
        return await apiFetch("/api/v1/auth/config", { schema: AuthConfigSchema, signal });
      } catch (e) {
        if (e instanceof ApiError && e.status !== 0) return { turnstileSiteKey: null };
        throw e;
      }
    },
    staleTime: 10 * 60_000,
    retry: 1,
  });

export const sessionsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["me", "sessions"],
    queryFn: ({ pageParam, signal }) =>
      apiFetch(`/api/v1/me/sessions${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ""}`, {
        schema: SessionListSchema,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const DEV_MAILBOX_REFRESH_MS = 3000;

/** The development-only mailbox; a `404` means "not in development" (the caller shows the 404 page). */
export const devMailboxQueryOptions = (to: string) =>
  queryOptions({
    queryKey: ["dev", "mailbox", to],
    queryFn: ({ signal }) =>
      apiFetch(`/api/v1/dev/mailbox?limit=100${to ? `&to=${encodeURIComponent(to)}` : ""}`, {
        schema: DevMailListSchema,
        signal,
      }),
    refetchInterval: (query) =>
      query.state.error instanceof ApiError && query.state.error.status === 404 ? false : DEV_MAILBOX_REFRESH_MS,
    retry: false,
    staleTime: 0,
  });

/** `true` when the dev mailbox answers (development settings), `false` on 404 or any failure. */
export const devMailboxAvailableQueryOptions = () =>
  queryOptions({
    queryKey: ["dev", "mailbox", "available"],
    queryFn: async ({ signal }) => {
      try {
        await apiFetch("/api/v1/dev/mailbox?limit=1", { signal });
        return true;
      } catch (e) {
        if (e instanceof DOMException && e.name === "AbortError") throw e;
        return false;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
