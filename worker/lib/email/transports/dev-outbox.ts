import type { EmailTransport } from "./types";

/** Development: the stored outbox row is the delivery (read through the dev mailbox); nothing leaves the machine. */
export function devOutboxTransport(): EmailTransport {
  return { name: "dev-outbox", send: async () => ({}) };
}
