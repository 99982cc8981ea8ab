// Runs in Node before the workerd test pool starts: mail sinks the Worker under test delivers to over loopback.
// - an SMTP server (smtp-server, AUTH required) whose received mails are parsed with mailparser;
// - one HTTP server that plays a Resend-compatible email API (`POST /resend/emails`) and lets tests read what
//   both sinks received (`GET /smtp/messages`, `GET /resend/emails`, optionally `?to=`).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createTcpServer, type Socket } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { TestProject } from "vitest/node";
import type { ApiSinkEmail, SmtpSinkMessage } from "./email/sink-context";

const SMTP_USER = "mailer@zhimai.test";
const SMTP_PASS = "smtp-test-secret";
const EMAIL_API_KEY = "re_test_key";

function startSmtp(received: SmtpSinkMessage[], authMethods: string[]): Promise<SMTPServer & { port: number }> {
  const server = new SMTPServer({
    logger: false,
    banner: "zhimai test sink",
    authMethods,
    // Plain-text loopback: no STARTTLS (workerd would reject a self-signed certificate), AUTH allowed anyway.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASS) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        try {
          const mail = await simpleParser(raw);
          received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            },
            authUser: typeof session.user === "string" ? session.user : null,
            subject: mail.subject ?? null,
            from: mail.from?.value[0]
              ? { name: mail.from.value[0].name, address: mail.from.value[0].address ?? "" }
              : null,
            to: mail.to ? (Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : mail.to.text) : null,
            text: mail.text ?? null,
            html: typeof mail.html === "string" ? mail.html : null,
            messageId: mail.messageId ?? null,
            raw: raw.toString("utf8"),
          });
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    const listener = server.listen(0, "127.0.0.1", () =>
      resolve(Object.assign(server, { port: (listener.address() as AddressInfo).port })),
    );
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

function startHttp(smtpReceived: SmtpSinkMessage[], apiReceived: ApiSinkEmail[]) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const to = url.searchParams.get("to");
    if (request.method === "GET" && url.pathname === "/smtp/messages") {
      return sendJson(response, 200, to ? smtpReceived.filter((m) => m.envelope.to.includes(to)) : smtpReceived);
    }
    if (request.method === "GET" && url.pathname === "/resend/emails") {
      return sendJson(
        response,
        200,
        to ? apiReceived.filter((m) => JSON.stringify((m.body as { to?: unknown }).to).includes(to)) : apiReceived,
      );
    }
    if (request.method === "POST" && url.pathname === "/resend/emails") {
      const authorization = request.headers.authorization ?? null;
      if (authorization !== `Bearer ${EMAIL_API_KEY}`) {
        return sendJson(response, 401, { statusCode: 401, name: "validation_error", message: "API key is invalid" });
      }
      apiReceived.push({
        authorization,
        idempotencyKey: (request.headers["idempotency-key"] as string | undefined) ?? null,
        body: JSON.parse(await readBody(request)),
      });
      return sendJson(response, 200, { id: `sink-${apiReceived.length}` });
    }
    sendJson(response, 404, { message: "not found" });
  });
  return new Promise<typeof server & { port: number }>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () =>
      resolve(Object.assign(server, { port: (server.address() as AddressInfo).port })),
    );
  });
}

/** Accepts connections and never says a word: for client timeouts. */
function startSilent() {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise<{ port: number; close(): Promise<void> }>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

export default async function setup(project: TestProject) {
  const smtpReceived: SmtpSinkMessage[] = [];
  const apiReceived: ApiSinkEmail[] = [];
  const smtp = await startSmtp(smtpReceived, ["PLAIN", "LOGIN"]);
  const smtpLoginOnly = await startSmtp(smtpReceived, ["LOGIN"]);
  const http = await startHttp(smtpReceived, apiReceived);
  const silent = await startSilent();
  project.provide("mailSink", {
    smtpPort: smtp.port,
    smtpLoginOnlyPort: smtpLoginOnly.port,
    httpPort: http.port,
    silentPort: silent.port,
    smtpUser: SMTP_USER,
    smtpPass: SMTP_PASS,
    emailApiKey: EMAIL_API_KEY,
  });
  return async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => smtpLoginOnly.close(() => resolve()));
    await silent.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
}
