import type { EmailTransport } from "./types";

export const DEFAULT_EMAIL_API_BASE = "https://api.resend.com";
const TIMEOUT_MS = 15_000;

export type HttpTransportOptions = { apiBase: string; apiKey: string };

/** A Resend-compatible email API: `POST {apiBase}/emails` with a Bearer key and `{from,to,subject,html,text}`. */
export function httpTransport({ apiBase, apiKey }: HttpTransportOptions): EmailTransport {
  const endpoint = `${apiBase.replace(/\/+$/, "")}/emails`;
  return {
    name: "http",
    async send(mail) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${apiKey}`,
        "Content-Type": "application/json",
      };
      // Resend keeps idempotency keys for 24 h: a retry after a lost answer does not mail twice.
      if (mail.id) headers["Idempotency-Key"] = `email-outbox/${mail.id}`;
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: "POST",
          headers,
          body: JSON.stringify({
            from: mail.from,
            to: [mail.to],
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
          }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        throw new Error(`email API unreachable: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!response.ok) {
        const detail = (await response.text().catch(() => "")).slice(0, 300);
        throw new Error(`email API answered ${response.status}: ${detail}`);
      }
      const body = (await response.json().catch(() => ({}))) as { id?: unknown };
      return typeof body.id === "string" ? { messageId: body.id } : {};
    },
  };
}
