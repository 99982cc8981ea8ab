import { DurableObject } from "cloudflare:workers";
import type { z } from "zod";

export const PING = '{"type":"ping"}';
export const PONG = '{"type":"pong"}';
/** Header by which the Worker tells a DO who it authenticated; DOs are not reachable from outside. */
export const USER_HEADER = "X-Zm-User-Id";

export type SocketError = { type: "error"; code: string; message: string };

/**
 * Base for Durable Objects that hold WebSockets through the Hibernation API: the DO can be evicted
 * between messages while sockets stay open, so per-socket state lives in attachments and the rest
 * in storage, never in fields. Pings are answered by the runtime without waking the object.
 */
export abstract class SocketObject<
  Client extends z.ZodType<{ type: string }>,
  Server extends z.ZodType<{ type: string }>,
  Attachment extends { userId: string },
> extends DurableObject<Env> {
  protected abstract readonly clientMessages: Client;
  protected abstract readonly serverMessages: Server;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
  }

  /** Builds the attachment of a new socket from the upgrade request, or refuses it with a Response. */
  protected abstract accept(request: Request, userId: string): Promise<Attachment | Response>;
  protected abstract onConnect(ws: WebSocket, attachment: Attachment): Promise<void>;
  protected abstract onMessage(ws: WebSocket, message: z.infer<Client>, attachment: Attachment): Promise<void>;
  protected async onDisconnect(_ws: WebSocket, _attachment: Attachment): Promise<void> {}
  protected async onAlarm(): Promise<void> {}

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426 });
    }
    const userId = request.headers.get(USER_HEADER);
    if (!userId) return new Response("Unauthenticated", { status: 401 });
    const attachment = await this.accept(request, userId);
    if (attachment instanceof Response) return attachment;

    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [userId]);
    server.serializeAttachment(attachment);
    await this.onConnect(server, attachment);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    if (typeof raw !== "string") return this.sendError(ws, "VALIDATION_FAILED", "Binary messages are not supported");
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.sendError(ws, "MALFORMED_JSON", "Messages must be JSON");
    }
    const parsed = this.clientMessages.safeParse(data);
    if (!parsed.success)
      return this.sendError(ws, "VALIDATION_FAILED", parsed.error.issues.map((i) => i.message).join("; "));
    await this.onMessage(ws, parsed.data, this.attachmentOf(ws));
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    await this.onDisconnect(ws, this.attachmentOf(ws));
    try {
      ws.close(code === 1005 ? 1000 : code, reason);
    } catch {
      // Already closed by the runtime's automatic close reply.
    }
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.onDisconnect(ws, this.attachmentOf(ws));
  }

  override async alarm(): Promise<void> {
    await this.onAlarm();
  }

  protected attachmentOf(ws: WebSocket): Attachment {
    return ws.deserializeAttachment() as Attachment;
  }

  protected updateAttachment(ws: WebSocket, patch: Partial<Attachment>): Attachment {
    const next = { ...this.attachmentOf(ws), ...patch };
    ws.serializeAttachment(next);
    return next;
  }

  /** Validates outgoing messages too: the protocol is checked on both ends. */
  protected send(ws: WebSocket, message: z.input<Server>): void {
    ws.send(JSON.stringify(this.serverMessages.parse(message)));
  }

  protected broadcast(message: z.input<Server>): void {
    const data = JSON.stringify(this.serverMessages.parse(message));
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(data);
      } catch {
        // A socket that is closing; its close event cleans up.
      }
    }
  }

  protected sendError(ws: WebSocket, code: string, message: string): void {
    ws.send(JSON.stringify({ type: "error", code, message } satisfies SocketError));
  }

  /** Sets the alarm unless an earlier one is already due. */
  protected async scheduleAlarm(at: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    if (current === null || at < current) await this.ctx.storage.setAlarm(at);
  }
}
