export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The outbox id: Message-ID for SMTP, idempotency key for the HTTP API, so a retried send can be recognised. */
  id?: string;
};

export type EmailTransport = {
  readonly name: TransportName;
  send(mail: OutgoingMail): Promise<{ messageId?: string }>;
};

export const TRANSPORT_NAMES = ["dev-outbox", "smtp", "http"] as const;
export type TransportName = (typeof TRANSPORT_NAMES)[number];
