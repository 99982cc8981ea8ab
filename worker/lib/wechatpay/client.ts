import type { z } from "zod";
import { log } from "../logger";
import type { WechatPayConfig } from "./config";
import { importPrivateKey } from "./crypto";
import { WechatPayError, WechatPaySignatureError } from "./errors";
import { type NotificationInput, type ParsedNotification, parseNotification } from "./notify";
import {
  ApiErrorBodySchema,
  CodeUrlResponseSchema,
  type Refund,
  RefundSchema,
  type Transaction,
  TransactionSchema,
} from "./schemas";
import {
  buildAuthorization,
  type Clock,
  createVerifier,
  verifyWechatPaySignature,
  type WechatPayVerifier,
} from "./signing";
import { formatBeijingTime } from "./time";

export const USER_AGENT = "Zhimai/1.0 (+Cloudflare Workers)";

export type WechatPayClientOptions = {
  fetch?: typeof fetch;
  now?: Clock;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts after 429, 5xx or a network failure. Every operation here is idempotent at WeChat Pay. */
  retries?: number;
  retryBaseMs?: number;
};

export type NativeOrderInput = {
  outTradeNo: string;
  description: string;
  amountFen: number;
  timeExpire: Date;
  attach?: string;
};

export type RefundInput = {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: number;
  totalFen: number;
  reason?: string;
};

export type WechatPayClient = {
  createNativeOrder(input: NativeOrderInput): Promise<{ codeUrl: string }>;
  queryOrder(outTradeNo: string): Promise<Transaction>;
  /** Resolves on 204; an already closed or paid order rejects with WeChat's code (`ORDER_CLOSED`, `ORDERPAID`). */
  closeOrder(outTradeNo: string): Promise<void>;
  refund(input: RefundInput): Promise<Refund>;
  queryRefund(outRefundNo: string): Promise<Refund>;
  /** The response/notification verifier built from the configured public key and/or certificates. */
  verifier(): Promise<WechatPayVerifier>;
  /** Verifies and decrypts a notification with this merchant's keys (see `parseNotification`). */
  parseNotification(input: NotificationInput): Promise<ParsedNotification>;
};

const OUT_TRADE_NO = /^[0-9A-Za-z_\-*]{6,32}$/;
const OUT_REFUND_NO = /^[0-9A-Za-z_\-*@]{1,64}$/;
// WeChat Pay stores only 1–3 byte UTF-8 characters: anything beyond the BMP is refused.
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

function invalid(message: string): WechatPayError {
  return new WechatPayError(0, "INVALID_ARGUMENT", message);
}

function checkText(name: string, text: string, max: number, required: boolean) {
  if (required && !text) throw invalid(`${name} is required`);
  if (text.length > max) throw invalid(`${name} exceeds ${max} characters`);
  if (ASTRAL.test(text)) throw invalid(`${name} contains characters outside the BMP`);
}

function checkFen(name: string, fen: number) {
  if (!Number.isSafeInteger(fen) || fen <= 0) throw invalid(`${name} must be a positive integer (fen)`);
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

export function createWechatPayClient(config: WechatPayConfig, options: WechatPayClientOptions = {}): WechatPayClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryBaseMs = options.retryBaseMs ?? 300;

  let keys: Promise<{ privateKey: CryptoKey; verifier: WechatPayVerifier }> | undefined;
  const loadKeys = () => {
    keys ??= (async () => {
      try {
        return {
          privateKey: await importPrivateKey(config.privateKey),
          verifier: await createVerifier({ publicKey: config.publicKey, certificates: config.platformCertificates }),
        };
      } catch (cause) {
        throw new WechatPayError(0, "CONFIG_ERROR", "the configured WeChat Pay keys could not be imported", { cause });
      }
    })();
    return keys;
  };

  /** One signed exchange; the timeout covers the whole answer, body included. */
  async function attempt(
    op: string,
    method: "GET" | "POST",
    url: URL,
    body: string,
  ): Promise<{ response: Response; text: string }> {
    const { privateKey } = await loadKeys();
    const headers = new Headers({
      Authorization: await buildAuthorization(
        { mchid: config.mchid, serialNo: config.serialNo, privateKey },
        { method, url: url.pathname + url.search, body, timestamp: Math.floor(now() / 1000) },
      ),
      Accept: "application/json",
      "User-Agent": USER_AGENT,
    });
    if (body) headers.set("Content-Type", "application/json");
    // Asks WeChat Pay to sign the answer with the public key rather than a platform certificate.
    if (config.publicKey) headers.set("Wechatpay-Serial", config.publicKey.id);
    try {
      const response = await doFetch(url, {
        method,
        headers,
        body: body || undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { response, text: await response.text() };
    } catch (cause) {
      const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
      throw new WechatPayError(
        0,
        timedOut ? "TIMEOUT" : "NETWORK_ERROR",
        timedOut ? `${op}: no answer within ${timeoutMs} ms` : `${op}: request failed`,
        { cause },
      );
    }
  }

  /** Signs, sends (with retries), verifies a 2xx answer and returns it with its raw body text ("" for 204). */
  async function call(
    op: string,
    method: "GET" | "POST",
    path: string,
    payload?: unknown,
  ): Promise<{ status: number; text: string }> {
    const url = new URL(config.apiBase + path);
    const body = payload === undefined ? "" : JSON.stringify(payload);
    for (let attemptNo = 0; ; attemptNo++) {
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await attempt(op, method, url, body));
      } catch (error) {
        if (attemptNo < retries && error instanceof WechatPayError && error.code === "NETWORK_ERROR") {
          await sleep(retryBaseMs * 2 ** attemptNo);
          continue;
        }
        log("warn", "wechatpay.request_failed", { op, code: (error as WechatPayError).code });
        throw error;
      }
      const requestId = response.headers.get("Request-ID") ?? undefined;
      if (response.ok) {
        try {
          await verifyWechatPaySignature(response.headers, text, (await loadKeys()).verifier, now);
        } catch (error) {
          if (!(error instanceof WechatPaySignatureError)) throw error;
          log("error", "wechatpay.response_forged", { op, status: response.status, reason: error.reason, requestId });
          throw new WechatPayError(
            response.status,
            "RESPONSE_SIGNATURE_INVALID",
            `${op}: the answer's signature was rejected (${error.reason})`,
            { detail: { requestId } },
          );
        }
        return { status: response.status, text };
      }
      if (attemptNo < retries && RETRYABLE.has(response.status)) {
        await sleep(retryBaseMs * 2 ** attemptNo);
        continue;
      }
      const parsed = ApiErrorBodySchema.safeParse(safeJson(text));
      const code = parsed.success ? parsed.data.code : `HTTP_${response.status}`;
      const message = parsed.success ? (parsed.data.message ?? "").slice(0, 256) : "";
      log("warn", "wechatpay.request_rejected", { op, status: response.status, code, requestId });
      throw new WechatPayError(response.status, code, message || `${op} failed with HTTP ${response.status}`, {
        detail: { requestId, detail: parsed.success ? parsed.data.detail : undefined },
      });
    }
  }

  async function callJson<T>(
    op: string,
    schema: z.ZodType<T>,
    method: "GET" | "POST",
    path: string,
    payload?: unknown,
  ) {
    const { status, text } = await call(op, method, path, payload);
    const parsed = schema.safeParse(safeJson(text));
    if (!parsed.success) throw new WechatPayError(status, "INVALID_RESPONSE", `${op}: unexpected answer`);
    return parsed.data;
  }

  function tradePath(outTradeNo: string) {
    if (!OUT_TRADE_NO.test(outTradeNo)) throw invalid("outTradeNo must match [0-9A-Za-z_-*]{6,32}");
    return `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}`;
  }

  return {
    async createNativeOrder(input) {
      tradePath(input.outTradeNo);
      checkText("description", input.description, 127, true);
      checkText("attach", input.attach ?? "", 128, false);
      checkFen("amountFen", input.amountFen);
      if (Number.isNaN(input.timeExpire.getTime())) throw invalid("timeExpire is not a valid date");
      const answer = await callJson("createNativeOrder", CodeUrlResponseSchema, "POST", "/v3/pay/transactions/native", {
        appid: config.appid,
        mchid: config.mchid,
        description: input.description,
        out_trade_no: input.outTradeNo,
        time_expire: formatBeijingTime(input.timeExpire),
        ...(input.attach ? { attach: input.attach } : {}),
        notify_url: config.notifyUrl,
        amount: { total: input.amountFen, currency: "CNY" },
      });
      return { codeUrl: answer.code_url };
    },

    async queryOrder(outTradeNo) {
      const path = `${tradePath(outTradeNo)}?mchid=${encodeURIComponent(config.mchid)}`;
      return callJson("queryOrder", TransactionSchema, "GET", path);
    },

    async closeOrder(outTradeNo) {
      await call("closeOrder", "POST", `${tradePath(outTradeNo)}/close`, { mchid: config.mchid });
    },

    async refund(input) {
      tradePath(input.outTradeNo);
      if (!OUT_REFUND_NO.test(input.outRefundNo)) throw invalid("outRefundNo must match [0-9A-Za-z_-*@]{1,64}");
      checkFen("refundFen", input.refundFen);
      checkFen("totalFen", input.totalFen);
      if (input.refundFen > input.totalFen) throw invalid("refundFen exceeds totalFen");
      checkText("reason", input.reason ?? "", 80, false);
      return callJson("refund", RefundSchema, "POST", "/v3/refund/domestic/refunds", {
        out_trade_no: input.outTradeNo,
        out_refund_no: input.outRefundNo,
        ...(input.reason ? { reason: input.reason } : {}),
        notify_url: config.notifyUrl,
        amount: { refund: input.refundFen, total: input.totalFen, currency: "CNY" },
      });
    },

    async queryRefund(outRefundNo) {
      if (!OUT_REFUND_NO.test(outRefundNo)) throw invalid("outRefundNo must match [0-9A-Za-z_-*@]{1,64}");
      return callJson(
        "queryRefund",
        RefundSchema,
        "GET",
        `/v3/refund/domestic/refunds/${encodeURIComponent(outRefundNo)}`,
      );
    },

    async verifier() {
      return (await loadKeys()).verifier;
    },

    async parseNotification(input) {
      return parseNotification(input, { verifier: (await loadKeys()).verifier, apiV3Key: config.apiV3Key, now });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
