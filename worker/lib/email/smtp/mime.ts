import type { Mailbox } from "../address";

export type MimeMail = {
  from: Mailbox;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  date: Date;
};

const encoder = new TextEncoder();
// 45 bytes → 60 base64 chars, so `=?UTF-8?B?…?=` stays within the 75-character limit of an encoded word (RFC 2047).
const MAX_WORD_BYTES = 45;

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const isPrintableAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);

/** RFC 2047 B-encoded words, split on character boundaries and folded onto continuation lines. */
export function encodeHeaderWords(value: string): string {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of value) {
    const bytes = encoder.encode(char);
    if (chunk.length + bytes.length > MAX_WORD_BYTES) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words.join("\r\n ");
}

/** A header value as is when it is short printable ASCII, otherwise encoded; line breaks never get through. */
export function headerText(value: string): string {
  const flat = value.replace(/[\r\n]+/g, " ");
  return isPrintableAscii(flat) && flat.length <= 900 ? flat : encodeHeaderWords(flat);
}

export function formatMailbox({ name, address }: Mailbox): string {
  if (!name) return `<${address}>`;
  const flat = name.replace(/[\r\n]+/g, " ");
  const display = isPrintableAscii(flat) ? `"${flat.replace(/(["\\])/g, "\\$1")}"` : encodeHeaderWords(flat);
  return `${display} <${address}>`;
}

/** RFC 5322 date-time in UTC, e.g. `Tue, 24 Nov 2026 14:05:09 +0000`. */
export function rfc5322Date(date: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** Base64 of the UTF-8 text in canonical CRLF form, wrapped at 76 characters (RFC 2045). */
function base64Body(text: string): string {
  const encoded = base64(encoder.encode(text.replace(/\r?\n/g, "\r\n")));
  return encoded.match(/.{1,76}/g)?.join("\r\n") ?? "";
}

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `=_zm_${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** A complete RFC 5322 message (CRLF line ends): multipart/alternative with UTF-8 text and HTML parts. */
export function buildMimeMessage(mail: MimeMail): string {
  const boundary = randomBoundary();
  const lines = [
    `From: ${formatMailbox(mail.from)}`,
    `To: <${mail.to}>`,
    `Subject: ${headerText(mail.subject)}`,
    `Date: ${rfc5322Date(mail.date)}`,
    `Message-ID: ${mail.messageId}`,
    "MIME-Version: 1.0",
    // RFC 3834: keeps vacation responders from answering transactional mail.
    "Auto-Submitted: auto-generated",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Body(mail.text),
    `--${boundary}`,
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Body(mail.html),
    `--${boundary}--`,
    "",
  ];
  return lines.join("\r\n");
}

/** SMTP DATA payload: lines starting with "." get another one (RFC 5321 §4.5.2), then the terminating `.` line. */
export function dataPayload(message: string): string {
  const body = message.endsWith("\r\n") ? message : `${message}\r\n`;
  return `${body.replace(/^\./gm, "..")}.\r\n`;
}
