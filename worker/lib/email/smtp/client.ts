import { connect } from "cloudflare:sockets";

export type SmtpOptions = {
  host: string;
  port: number;
  /** true: implicit TLS from the first byte (usually port 465); false: plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  user?: string;
  pass?: string;
  /** Our name in EHLO. */
  clientName: string;
  /** Per step: connecting, and waiting for each server reply. */
  timeoutMs?: number;
};

export type SmtpEnvelope = { from: string; to: string };

/** A failed SMTP exchange; `code` is the server's reply code when it answered. Never carries credentials. */
export class SmtpError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
    this.name = "SmtpError";
  }
}

type Reply = { code: number; lines: string[] };

const DEFAULT_TIMEOUT_MS = 20_000;
const encoder = new TextEncoder();

const utf8Base64 = (value: string) => btoa(String.fromCharCode(...encoder.encode(value)));
const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127\./.test(host);
const needsSmtpUtf8 = (envelope: SmtpEnvelope) => /[^\p{ASCII}]/u.test(envelope.from + envelope.to);

/**
 * One SMTP session over `cloudflare:sockets`: EHLO, STARTTLS when offered (or implicit TLS), AUTH PLAIN/LOGIN,
 * MAIL FROM, RCPT TO, DATA, QUIT. Each step has a timeout; the socket is always closed.
 */
export async function sendSmtp(options: SmtpOptions, envelope: SmtpEnvelope, data: string): Promise<void> {
  const session = new SmtpSession(options);
  try {
    await session.deliver(envelope, data);
  } finally {
    await session.close();
  }
}

class SmtpSession {
  private socket: Socket;
  private reader: ReadableStreamDefaultReader<Uint8Array>;
  private writer: WritableStreamDefaultWriter<Uint8Array>;
  private decoder = new TextDecoder();
  private buffer = "";
  private encrypted: boolean;
  private readonly timeoutMs: number;

  constructor(private readonly options: SmtpOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.encrypted = options.secure;
    this.socket = connect(
      { hostname: options.host, port: options.port },
      { secureTransport: options.secure ? "on" : "starttls", allowHalfOpen: false },
    );
    this.reader = this.socket.readable.getReader();
    this.writer = this.socket.writable.getWriter();
  }

  async deliver(envelope: SmtpEnvelope, data: string): Promise<void> {
    await this.withTimeout(this.socket.opened, `connecting to ${this.options.host}:${this.options.port}`);
    await this.expect(await this.readReply("greeting"), [220], "greeting");
    let capabilities = await this.ehlo();

    if (!this.options.secure && capabilities.has("STARTTLS")) {
      await this.command("STARTTLS", [220]);
      this.upgradeToTls();
      capabilities = await this.ehlo();
    }

    if (this.options.user) await this.authenticate(capabilities);

    const utf8 = needsSmtpUtf8(envelope);
    if (utf8 && !capabilities.has("SMTPUTF8")) throw new SmtpError("the server does not accept non-ASCII addresses");
    await this.command(`MAIL FROM:<${envelope.from}>${utf8 ? " SMTPUTF8" : ""}`, [250]);
    await this.command(`RCPT TO:<${envelope.to}>`, [250, 251]);
    await this.command("DATA", [354]);
    await this.write(data);
    await this.expect(await this.readReply("end of data"), [250], "DATA");
    await this.command("QUIT", [221]).catch(() => {});
  }

  async close(): Promise<void> {
    try {
      await this.socket.close();
    } catch {
      // Already closed by the server or after a failed TLS upgrade: nothing left to release.
    }
  }

  private async ehlo(): Promise<Map<string, string>> {
    const reply = await this.command(`EHLO ${this.options.clientName}`, [250]);
    const capabilities = new Map<string, string>();
    for (const line of reply.lines.slice(1)) {
      const [keyword = "", ...params] = line.trim().split(/[\s=]+/);
      capabilities.set(keyword.toUpperCase(), params.join(" ").toUpperCase());
    }
    return capabilities;
  }

  private upgradeToTls() {
    this.reader.releaseLock();
    this.writer.releaseLock();
    this.socket = this.socket.startTls({ expectedServerHostname: this.options.host });
    this.reader = this.socket.readable.getReader();
    this.writer = this.socket.writable.getWriter();
    this.buffer = "";
    this.decoder = new TextDecoder();
    this.encrypted = true;
  }

  private async authenticate(capabilities: Map<string, string>) {
    const { user = "", pass = "", host } = this.options;
    if (!this.encrypted && !isLoopback(host)) {
      throw new SmtpError(
        `${host} offers no STARTTLS: refusing to send the password unencrypted (set SMTP_SECURE=true for implicit TLS)`,
      );
    }
    const mechanisms = (capabilities.get("AUTH") ?? "").split(" ");
    if (mechanisms.includes("PLAIN")) {
      await this.command(`AUTH PLAIN ${utf8Base64(`\0${user}\0${pass}`)}`, [235], "AUTH PLAIN");
    } else if (mechanisms.includes("LOGIN")) {
      await this.command("AUTH LOGIN", [334]);
      await this.command(utf8Base64(user), [334], "AUTH LOGIN username");
      await this.command(utf8Base64(pass), [235], "AUTH LOGIN password");
    } else {
      throw new SmtpError("the server offers neither AUTH PLAIN nor AUTH LOGIN");
    }
  }

  /** Sends one command line and checks the reply; `label` replaces the line in errors (it may hold credentials). */
  private async command(line: string, expected: number[], label = line): Promise<Reply> {
    await this.write(`${line}\r\n`);
    return this.expect(await this.readReply(label), expected, label);
  }

  private expect(reply: Reply, expected: number[], step: string): Reply {
    if (!expected.includes(reply.code)) {
      throw new SmtpError(`${step} → ${reply.code} ${reply.lines.join(" ").slice(0, 300)}`, reply.code);
    }
    return reply;
  }

  private async write(text: string) {
    await this.withTimeout(this.writer.write(encoder.encode(text)), "writing to the server");
  }

  private async readReply(step: string): Promise<Reply> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.readLine(step);
      const match = /^(\d{3})(?:([ -])(.*))?$/.exec(line);
      if (!match) throw new SmtpError(`malformed reply to ${step}: ${line.slice(0, 100)}`);
      lines.push(match[3] ?? "");
      if (match[2] !== "-") return { code: Number(match[1]), lines };
    }
  }

  private async readLine(step: string): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf("\n");
      if (end >= 0) {
        const line = this.buffer.slice(0, end).replace(/\r$/, "");
        this.buffer = this.buffer.slice(end + 1);
        return line;
      }
      const { value, done } = await this.withTimeout(this.reader.read(), `the reply to ${step}`);
      if (done) throw new SmtpError(`connection closed while waiting for the reply to ${step}`);
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  private async withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SmtpError(`timed out after ${this.timeoutMs} ms: ${what}`)), this.timeoutMs);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }
}
