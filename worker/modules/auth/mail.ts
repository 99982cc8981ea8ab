import type { Db } from "../../db/client";
import type { User as UserRow } from "../../db/schema";
import { enqueueEmail } from "../../lib/email";
import { appOrigin } from "../../lib/env";
import { LocaleSchema } from "./schemas";

// Links are built from APP_URL, never from the request's Host, so a forged Host cannot redirect them.

type Recipient = Pick<UserRow, "id" | "email" | "name" | "locale">;

function common(user: Recipient) {
  return {
    to: user.email,
    userId: user.id,
    locale: LocaleSchema.safeParse(user.locale).data ?? "zh-CN",
  };
}

const displayName = (user: Recipient) => user.name ?? user.email.split("@")[0] ?? user.email;

function link(env: Env, path: string, token: string): string {
  return `${appOrigin(env)}${path}?token=${encodeURIComponent(token)}`;
}

export function sendVerificationEmail(env: Env, db: Db, user: Recipient, token: string) {
  return enqueueEmail(env, db, {
    ...common(user),
    template: "verify-email",
    data: { name: displayName(user), link: link(env, "/verify-email", token) },
  });
}

export function sendResetEmail(env: Env, db: Db, user: Recipient, token: string) {
  return enqueueEmail(env, db, {
    ...common(user),
    template: "reset-password",
    data: { name: displayName(user), link: link(env, "/reset-password", token) },
  });
}

export function sendPasswordChangedEmail(env: Env, db: Db, user: Recipient) {
  return enqueueEmail(env, db, { ...common(user), template: "password-changed", data: { name: displayName(user) } });
}
