/** A parsed `Name <addr@example.com>` or bare `addr@example.com`. */
export type Mailbox = { name?: string; address: string };

// Deliberately strict: no whitespace, angle brackets, quotes or control characters, which keeps addresses safe to
// put into SMTP commands and headers as they are.
const ADDRESS = /^[^\s<>()",;:\\[\]@\p{Cc}]+@[^\s<>()",;:\\[\]@\p{Cc}]+\.[^\s<>()",;:\\[\]@\p{Cc}]+$/u;

export function isValidAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address);
}

export function parseMailbox(value: string): Mailbox | null {
  const trimmed = value.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const address = (named ? named[2] : trimmed)?.trim() ?? "";
  if (!isValidAddress(address)) return null;
  const name = named?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, "$1")
    .replace(/[\p{Cc}]/gu, "");
  return name ? { name, address } : { address };
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}
