import { domainOf, type Mailbox, parseMailbox } from "../address";
import { type SmtpOptions, sendSmtp } from "../smtp/client";
import { buildMimeMessage, dataPayload } from "../smtp/mime";
import type { EmailTransport } from "./types";

export type SmtpTransportOptions = Omit<SmtpOptions, "clientName">;

/** SMTP over `cloudflare:sockets`, one session per mail (queue consumers are short-lived; no pooling). */
export function smtpTransport(options: SmtpTransportOptions): EmailTransport {
  return {
    name: "smtp",
    async send(mail) {
      const from: Mailbox | null = parseMailbox(mail.from);
      if (!from) throw new Error("MAIL_FROM is not a valid mailbox");
      const domain = domainOf(from.address);
      const messageId = `<${mail.id ?? crypto.randomUUID()}@${domain}>`;
      const message = buildMimeMessage({ ...mail, from, messageId, date: new Date() });
      await sendSmtp({ ...options, clientName: domain }, { from: from.address, to: mail.to }, dataPayload(message));
      return { messageId };
    },
  };
}
