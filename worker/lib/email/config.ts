import { isDevelopment } from "../env";
import { parseMailbox } from "./address";
import { devOutboxTransport } from "./transports/dev-outbox";
import { DEFAULT_EMAIL_API_BASE, httpTransport } from "./transports/http";
import { smtpTransport } from "./transports/smtp";
import { type EmailTransport, TRANSPORT_NAMES, type TransportName } from "./transports/types";

const DEV_MAIL_FROM = "职麦 Zhimai <no-reply@zhimai.local>";

/** Missing or invalid email settings: delivery fails loudly (retried, then dead-lettered) instead of dropping mail. */
export class EmailConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmailConfigError";
  }
}

type EmailEnv = Pick<
  Env,
  | "APP_ENV"
  | "EMAIL_TRANSPORT"
  | "MAIL_FROM"
  | "SMTP_HOST"
  | "SMTP_PORT"
  | "SMTP_USER"
  | "SMTP_PASS"
  | "SMTP_SECURE"
  | "EMAIL_API_BASE"
  | "EMAIL_API_KEY"
>;

// Unset vars are `undefined` at runtime (no .dev.vars in CI) even though the generated Env types say string.
const setting = (value: string | undefined) => value?.trim() ?? "";

/** The configured transport's name: `EMAIL_TRANSPORT`, defaulting to the dev outbox in development; null if unusable. */
export function transportName(env: EmailEnv): TransportName | null {
  const configured = setting(env.EMAIL_TRANSPORT) || (isDevelopment(env) ? "dev-outbox" : "");
  const name = TRANSPORT_NAMES.find((known) => known === configured) ?? null;
  // The dev outbox delivers to nobody: in production that would be silent loss.
  return name === "dev-outbox" && !isDevelopment(env) ? null : name;
}

export type EmailSender = { transport: EmailTransport; from: string };

/** The transport to send with and the From mailbox, or an EmailConfigError naming what is missing (never values). */
export function resolveEmailSender(env: EmailEnv): EmailSender {
  const name = transportName(env);
  if (!name) {
    throw new EmailConfigError(
      `EMAIL_TRANSPORT "${setting(env.EMAIL_TRANSPORT)}" is not usable in ${setting(env.APP_ENV) || "production"} (expected ${isDevelopment(env) ? "dev-outbox | " : ""}smtp | http)`,
    );
  }
  if (name === "dev-outbox") return { transport: devOutboxTransport(), from: setting(env.MAIL_FROM) || DEV_MAIL_FROM };

  const from = setting(env.MAIL_FROM);
  const missing = (vars: Record<string, string>) => {
    const names = Object.entries(vars)
      .filter(([, value]) => !value)
      .map(([key]) => key);
    if (names.length > 0) throw new EmailConfigError(`EMAIL_TRANSPORT=${name} needs ${names.join(", ")}`);
  };
  if (from && !parseMailbox(from)) throw new EmailConfigError("MAIL_FROM is not a valid mailbox");

  if (name === "http") {
    const apiKey = setting(env.EMAIL_API_KEY);
    missing({ MAIL_FROM: from, EMAIL_API_KEY: apiKey });
    return {
      transport: httpTransport({ apiBase: setting(env.EMAIL_API_BASE) || DEFAULT_EMAIL_API_BASE, apiKey }),
      from,
    };
  }

  const host = setting(env.SMTP_HOST);
  const user = setting(env.SMTP_USER);
  const pass = env.SMTP_PASS ?? ""; // not trimmed: spaces may belong to the password
  const secure = setting(env.SMTP_SECURE).toLowerCase() === "true";
  missing({ MAIL_FROM: from, SMTP_HOST: host, ...(user ? { SMTP_PASS: pass } : {}) });
  const port = setting(env.SMTP_PORT) ? Number(setting(env.SMTP_PORT)) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new EmailConfigError("SMTP_PORT is not a valid port");
  return { transport: smtpTransport({ host, port, secure, user: user || undefined, pass: pass || undefined }), from };
}
