// What test/global-setup.ts provides to the test pool (no Node imports: the workerd tests read these types too).

export type SmtpSinkMessage = {
  envelope: { from: string | null; to: string[] };
  authUser: string | null;
  subject: string | null;
  from: { name: string; address: string } | null;
  to: string | null;
  text: string | null;
  html: string | null;
  messageId: string | null;
  raw: string;
};

export type ApiSinkEmail = { authorization: string | null; idempotencyKey: string | null; body: unknown };

export type MailSinkInfo = {
  /** AUTH PLAIN and LOGIN offered. */
  smtpPort: number;
  /** Only AUTH LOGIN offered. */
  smtpLoginOnlyPort: number;
  httpPort: number;
  /** A TCP server that accepts connections and never answers. */
  silentPort: number;
  smtpUser: string;
  smtpPass: string;
  emailApiKey: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    mailSink: MailSinkInfo;
  }
}
