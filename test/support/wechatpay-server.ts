// A WeChat Pay APIv3 server on loopback (Node side), strict where WeChat Pay is strict:
// - every /v3 request must carry a valid `WECHATPAY2-SHA256-RSA2048` Authorization (merchant public key, mchid,
//   serial, 5-minute window, signature over METHOD\nURL\nTS\nNONCE\nBODY\n), plus Accept and User-Agent;
// - every answer is signed with the WeChat Pay private key in public-key mode (Wechatpay-Serial = PUB_KEY_ID_…);
// - Native create / query / close, refund / query refund, with WeChat's error codes;
// - control endpoints under /__control/ let tests pay orders, complete refunds, inject faults and receive
//   genuinely signed and encrypted notifications.
import {
  createCipheriv,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomInt,
  randomUUID,
  sign,
  verify,
} from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RecordedRequest, WechatPayFault, WechatPayNotification, WechatPayServerInfo } from "../wechatpay/context";

type TradeState = "NOTPAY" | "SUCCESS" | "CLOSED" | "REFUND";

export type ServerOrder = {
  appid: string;
  mchid: string;
  out_trade_no: string;
  description: string;
  total: number;
  notify_url: string;
  time_expire?: string;
  attach?: string;
  code_url: string;
  trade_state: TradeState;
  transaction_id?: string;
  success_time?: string;
  refunded: number;
};

export type ServerRefund = {
  refund_id: string;
  out_refund_no: string;
  out_trade_no: string;
  transaction_id: string;
  reason?: string;
  notify_url?: string;
  status: "PROCESSING" | "SUCCESS" | "CLOSED" | "ABNORMAL";
  create_time: string;
  success_time?: string;
  amount: { refund: number; total: number };
};

export type WechatPayServerState = {
  orders: Map<string, ServerOrder>;
  refunds: Map<string, ServerRefund>;
  requests: RecordedRequest[];
  faults: (WechatPayFault & { remaining: number })[];
  /** Notifications POSTed to `${url}/__control/sink` (a notify URL for delivery tests). */
  sink: WechatPayNotification[];
};

const MAX_SKEW_SECONDS = 300;
const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function nonce(length = 32): string {
  return Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join("");
}

function beijingTime(date = new Date()): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

function rsaKeyPair() {
  return generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseAuthorization(header: string | undefined): Record<string, string> | null {
  const match = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(header ?? "");
  if (!match) return null;
  const fields: Record<string, string> = {};
  for (const part of match[1]!.matchAll(/(\w+)="([^"]*)"/g)) fields[part[1]!] = part[2]!;
  return fields;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startWechatPayServer(
  options: { mchid?: string; appid?: string } = {},
): Promise<{ url: string; info: WechatPayServerInfo; state: WechatPayServerState; close(): Promise<void> }> {
  const merchant = rsaKeyPair();
  const wechatpay = rsaKeyPair();
  const merchantPublicKey = createPublicKey(merchant.publicKey);
  // A second key pair WeChat Pay does not announce: answers signed with it must be refused by the merchant.
  const stranger = rsaKeyPair();
  const mchid = options.mchid ?? "1900000109";
  const appid = options.appid ?? "wxd678efh567hg6787";
  const merchantSerialNo = randomBytes(20).toString("hex").toUpperCase();
  const publicKeyId = `PUB_KEY_ID_0119${String(randomInt(1e9)).padStart(9, "0")}${String(randomInt(1e9)).padStart(9, "0")}`;
  const apiV3Key = nonce(32);
  const state: WechatPayServerState = { orders: new Map(), refunds: new Map(), requests: [], faults: [], sink: [] };

  function signedHeaders(body: string, fault?: WechatPayFault["kind"]): Record<string, string> {
    if (fault === "no-signature") return { "Request-ID": randomUUID() };
    let timestamp = Math.floor(Date.now() / 1000);
    if (fault === "stale-timestamp") timestamp -= 600;
    const headerNonce = nonce();
    const message =
      fault === "bad-signature"
        ? `${timestamp}\n${headerNonce}\n${body}tampered\n`
        : `${timestamp}\n${headerNonce}\n${body}\n`;
    let signature = sign(
      "sha256",
      Buffer.from(message),
      fault === "unknown-serial" ? stranger.privateKey : wechatpay.privateKey,
    ).toString("base64");
    if (fault === "signtest") signature = `WECHATPAY/SIGNTEST/${signature}`;
    return {
      "Request-ID": randomUUID(),
      "Wechatpay-Timestamp": String(timestamp),
      "Wechatpay-Nonce": headerNonce,
      "Wechatpay-Serial": fault === "unknown-serial" ? "PUB_KEY_ID_0000000000000000000000000000000000" : publicKeyId,
      "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
      "Wechatpay-Signature": signature,
    };
  }

  function encrypt(plaintext: string, associatedData: string) {
    const iv = nonce(12);
    const cipher = createCipheriv("aes-256-gcm", Buffer.from(apiV3Key), Buffer.from(iv));
    cipher.setAAD(Buffer.from(associatedData));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return {
      algorithm: "AEAD_AES_256_GCM",
      ciphertext: ciphertext.toString("base64"),
      associated_data: associatedData,
      nonce: iv,
    };
  }

  function notification(
    eventType: string,
    summary: string,
    originalType: string,
    resource: unknown,
  ): WechatPayNotification {
    const body = JSON.stringify({
      id: randomUUID(),
      create_time: beijingTime(),
      resource_type: "encrypt-resource",
      event_type: eventType,
      summary,
      resource: { original_type: originalType, ...encrypt(JSON.stringify(resource), originalType) },
    });
    return { headers: { "Content-Type": "application/json", ...signedHeaders(body) }, body };
  }

  async function deliver(target: string, sent: WechatPayNotification) {
    const response = await fetch(target, {
      method: "POST",
      headers: { ...sent.headers, "User-Agent": "Mozilla/4.0" },
      body: sent.body,
    });
    return { status: response.status, body: await response.text() };
  }

  function transactionOf(order: ServerOrder) {
    const base = {
      appid: order.appid,
      mchid: order.mchid,
      out_trade_no: order.out_trade_no,
      attach: order.attach ?? "",
    };
    if (order.trade_state === "NOTPAY" || order.trade_state === "CLOSED") {
      return {
        ...base,
        trade_state: order.trade_state,
        trade_state_desc: order.trade_state === "NOTPAY" ? "订单未支付" : "订单已关闭",
        amount: { total: order.total, currency: "CNY", payer_currency: "CNY" },
      };
    }
    return {
      ...base,
      transaction_id: order.transaction_id,
      trade_type: "NATIVE",
      trade_state: order.trade_state,
      trade_state_desc: order.trade_state === "SUCCESS" ? "支付成功" : "转入退款",
      bank_type: "OTHERS",
      success_time: order.success_time,
      payer: { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
      amount: { total: order.total, payer_total: order.total, currency: "CNY", payer_currency: "CNY" },
    };
  }

  function refundOf(refund: ServerRefund) {
    return {
      refund_id: refund.refund_id,
      out_refund_no: refund.out_refund_no,
      transaction_id: refund.transaction_id,
      out_trade_no: refund.out_trade_no,
      channel: "ORIGINAL",
      user_received_account: "支付用户零钱",
      ...(refund.success_time ? { success_time: refund.success_time } : {}),
      create_time: refund.create_time,
      status: refund.status,
      funds_account: "AVAILABLE",
      amount: {
        total: refund.amount.total,
        refund: refund.amount.refund,
        payer_total: refund.amount.total,
        payer_refund: refund.amount.refund,
        settlement_total: refund.amount.total,
        settlement_refund: refund.amount.refund,
        discount_refund: 0,
        currency: "CNY",
      },
    };
  }

  function checkAuthorization(
    method: string,
    url: string,
    headers: IncomingMessage["headers"],
    body: string,
  ): string | null {
    const auth = parseAuthorization(headers.authorization);
    if (!auth) return "missing or malformed Authorization";
    if (auth.mchid !== mchid) return "mchid mismatch";
    if (auth.serial_no !== merchantSerialNo) return "serial_no mismatch";
    if (!auth.nonce_str || !auth.signature || !/^\d+$/.test(auth.timestamp ?? "")) return "incomplete Authorization";
    if (Math.abs(Math.floor(Date.now() / 1000) - Number(auth.timestamp)) >= MAX_SKEW_SECONDS)
      return "timestamp outside window";
    const message = `${method}\n${url}\n${auth.timestamp}\n${auth.nonce_str}\n${body}\n`;
    let valid = false;
    try {
      valid = verify("sha256", Buffer.from(message), merchantPublicKey, Buffer.from(auth.signature, "base64"));
    } catch {
      valid = false;
    }
    return valid ? null : "signature does not verify";
  }

  function requireJson(body: string): Record<string, unknown> {
    try {
      const value = JSON.parse(body);
      if (value && typeof value === "object") return value as Record<string, unknown>;
    } catch {}
    throw new ApiError(400, "PARAM_ERROR", "请求体不是有效的 JSON");
  }

  function orderOr404(outTradeNo: string): ServerOrder {
    const order = state.orders.get(outTradeNo);
    if (!order) throw new ApiError(404, "ORDER_NOT_EXIST", "订单不存在");
    return order;
  }

  /** The /v3 API; returns [status, body] (body undefined = 204). */
  function handleApi(method: string, url: URL, body: string): [number, unknown] {
    const path = url.pathname;
    if (method === "POST" && path === "/v3/pay/transactions/native") {
      const input = requireJson(body);
      const amount = input.amount as { total?: unknown; currency?: unknown } | undefined;
      const outTradeNo = input.out_trade_no;
      if (input.mchid !== mchid) throw new ApiError(400, "MCH_NOT_EXISTS", "商户号不存在");
      if (input.appid !== appid) throw new ApiError(400, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配");
      if (typeof outTradeNo !== "string" || !/^[0-9A-Za-z_\-*|]{6,32}$/.test(outTradeNo)) {
        throw new ApiError(400, "PARAM_ERROR", "out_trade_no 格式错误");
      }
      if (typeof input.description !== "string" || !input.description || input.description.length > 127) {
        throw new ApiError(400, "PARAM_ERROR", "description 格式错误");
      }
      if (typeof input.notify_url !== "string" || !URL.canParse(input.notify_url)) {
        throw new ApiError(400, "PARAM_ERROR", "notify_url 格式错误");
      }
      if (!amount || !Number.isInteger(amount.total) || (amount.total as number) <= 0 || amount.currency !== "CNY") {
        throw new ApiError(400, "PARAM_ERROR", "amount 格式错误");
      }
      if (
        input.time_expire !== undefined &&
        !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/.test(String(input.time_expire))
      ) {
        throw new ApiError(400, "PARAM_ERROR", "time_expire 格式错误");
      }
      const existing = state.orders.get(outTradeNo);
      if (existing) {
        if (existing.trade_state === "SUCCESS" || existing.trade_state === "REFUND")
          throw new ApiError(403, "ORDERPAID", "该订单已支付");
        if (existing.trade_state === "CLOSED") throw new ApiError(400, "ORDER_CLOSED", "订单已关闭");
        if (existing.total !== amount.total || existing.description !== input.description) {
          throw new ApiError(400, "OUT_TRADE_NO_USED", "商户订单号重复");
        }
        return [200, { code_url: existing.code_url }];
      }
      const order: ServerOrder = {
        appid,
        mchid,
        out_trade_no: outTradeNo,
        description: input.description,
        total: amount.total as number,
        notify_url: input.notify_url,
        ...(typeof input.time_expire === "string" ? { time_expire: input.time_expire } : {}),
        ...(typeof input.attach === "string" ? { attach: input.attach } : {}),
        code_url: `weixin://wxpay/bizpayurl?pr=${nonce(9)}`,
        trade_state: "NOTPAY",
        refunded: 0,
      };
      state.orders.set(outTradeNo, order);
      return [200, { code_url: order.code_url }];
    }

    const trade = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/.exec(path);
    if (trade) {
      const outTradeNo = decodeURIComponent(trade[1]!);
      if (method === "GET" && !trade[2]) {
        if (url.searchParams.get("mchid") !== mchid) throw new ApiError(400, "PARAM_ERROR", "mchid 与订单不符");
        return [200, transactionOf(orderOr404(outTradeNo))];
      }
      if (method === "POST" && trade[2]) {
        if (requireJson(body).mchid !== mchid) throw new ApiError(400, "PARAM_ERROR", "mchid 与订单不符");
        const order = orderOr404(outTradeNo);
        if (order.trade_state === "SUCCESS" || order.trade_state === "REFUND")
          throw new ApiError(403, "ORDERPAID", "该订单已支付");
        if (order.trade_state === "CLOSED") throw new ApiError(400, "ORDER_CLOSED", "订单已关闭");
        order.trade_state = "CLOSED";
        return [204, undefined];
      }
    }

    if (method === "POST" && path === "/v3/refund/domestic/refunds") {
      const input = requireJson(body);
      const amount = input.amount as { refund?: unknown; total?: unknown; currency?: unknown } | undefined;
      const outRefundNo = input.out_refund_no;
      if (typeof outRefundNo !== "string" || !/^[0-9A-Za-z_\-|*@]{1,64}$/.test(outRefundNo)) {
        throw new ApiError(400, "PARAM_ERROR", "out_refund_no 格式错误");
      }
      if (!amount || !Number.isInteger(amount.refund) || !Number.isInteger(amount.total) || amount.currency !== "CNY") {
        throw new ApiError(400, "PARAM_ERROR", "amount 格式错误");
      }
      const existing = state.refunds.get(outRefundNo);
      if (existing) return [200, refundOf(existing)]; // same out_refund_no: one refund only
      const order = orderOr404(String(input.out_trade_no));
      if (order.trade_state !== "SUCCESS" && order.trade_state !== "REFUND")
        throw new ApiError(403, "TRADE_NOT_PAID", "订单未支付");
      if (amount.total !== order.total) throw new ApiError(400, "PARAM_ERROR", "订单金额与实际金额不符");
      if ((amount.refund as number) <= 0 || order.refunded + (amount.refund as number) > order.total) {
        throw new ApiError(400, "INVALID_REQUEST", "申请退款金额超过订单可退金额");
      }
      order.refunded += amount.refund as number;
      order.trade_state = "REFUND";
      const refund: ServerRefund = {
        refund_id: `50000${String(randomInt(1e9)).padStart(9, "0")}${String(randomInt(1e9)).padStart(9, "0")}`,
        out_refund_no: outRefundNo,
        out_trade_no: order.out_trade_no,
        transaction_id: order.transaction_id!,
        ...(typeof input.reason === "string" ? { reason: input.reason } : {}),
        ...(typeof input.notify_url === "string" ? { notify_url: input.notify_url } : {}),
        status: "PROCESSING",
        create_time: beijingTime(),
        amount: { refund: amount.refund as number, total: order.total },
      };
      state.refunds.set(outRefundNo, refund);
      return [200, refundOf(refund)];
    }

    const refundQuery = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(path);
    if (method === "GET" && refundQuery) {
      const refund = state.refunds.get(decodeURIComponent(refundQuery[1]!));
      if (!refund) throw new ApiError(404, "RESOURCE_NOT_EXISTS", "退款单不存在");
      return [200, refundOf(refund)];
    }

    throw new ApiError(404, "NOT_FOUND", "接口不存在");
  }

  async function handleControl(
    method: string,
    url: URL,
    headers: IncomingMessage["headers"],
    body: string,
  ): Promise<[number, unknown]> {
    const path = url.pathname.slice("/__control".length);
    if (method === "POST" && path === "/sink") {
      // Plays a merchant notify URL: keeps what arrived, exactly as it arrived.
      const received = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
      state.sink.push({ headers: received, body });
      return [204, undefined];
    }
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (method === "POST" && path === "/faults") {
      const fault = input as WechatPayFault;
      state.faults.push({ ...fault, remaining: fault.times ?? 1 });
      return [204, undefined];
    }
    if (method === "GET" && path === "/requests") {
      const match = url.searchParams.get("match") ?? "";
      return [200, state.requests.filter((r) => `${r.url}\n${r.body}`.includes(match))];
    }
    if (method === "GET" && path === "/sink") {
      const match = url.searchParams.get("match") ?? "";
      return [200, state.sink.filter((n) => n.body.includes(match))];
    }
    const order = /^\/orders\/([^/]+)(\/pay)?$/.exec(path);
    if (order) {
      const found = state.orders.get(decodeURIComponent(order[1]!));
      if (!found) return [404, { code: "ORDER_NOT_EXIST", message: "no such order" }];
      if (method === "GET" && !order[2]) return [200, found];
      if (method === "POST" && order[2]) {
        // Marks the order paid (like a user scanning and paying) and builds the TRANSACTION.SUCCESS notification.
        if (found.trade_state !== "NOTPAY") return [409, { code: "NOT_PAYABLE", message: found.trade_state }];
        found.trade_state = "SUCCESS";
        found.transaction_id =
          (input.transactionId as string | undefined) ??
          `4200${String(randomInt(1e9)).padStart(9, "0")}${String(randomInt(1e9)).padStart(9, "0")}${String(randomInt(1e6)).padStart(6, "0")}`;
        found.success_time = beijingTime();
        const sent = notification("TRANSACTION.SUCCESS", "支付成功", "transaction", transactionOf(found));
        const target = input.deliver === true ? found.notify_url : (input.deliver as string | undefined);
        const delivery = target ? await deliver(target, sent) : null;
        return [200, { transaction: transactionOf(found), notification: sent, delivery }];
      }
    }
    const refund = /^\/refunds\/([^/]+)\/complete$/.exec(path);
    if (method === "POST" && refund) {
      const found = state.refunds.get(decodeURIComponent(refund[1]!));
      if (!found) return [404, { code: "RESOURCE_NOT_EXISTS", message: "no such refund" }];
      const status = (input.status as ServerRefund["status"] | undefined) ?? "SUCCESS";
      found.status = status;
      if (status === "SUCCESS") found.success_time = beijingTime();
      const sent = notification(`REFUND.${status}`, "退款状态变更", "refund", {
        mchid,
        out_trade_no: found.out_trade_no,
        transaction_id: found.transaction_id,
        out_refund_no: found.out_refund_no,
        refund_id: found.refund_id,
        refund_status: status,
        ...(found.success_time ? { success_time: found.success_time } : {}),
        user_received_account: "支付用户零钱",
        amount: {
          total: found.amount.total,
          refund: found.amount.refund,
          payer_total: found.amount.total,
          payer_refund: found.amount.refund,
        },
      });
      const target = input.deliver === true ? found.notify_url : (input.deliver as string | undefined);
      const delivery = target ? await deliver(target, sent) : null;
      return [200, { refund: refundOf(found), notification: sent, delivery }];
    }
    return [404, { code: "NOT_FOUND", message: "unknown control endpoint" }];
  }

  function takeFault(url: string, body: string): WechatPayFault | undefined {
    const fault = state.faults.find((f) => f.remaining > 0 && `${url}\n${body}`.includes(f.match));
    if (fault) fault.remaining--;
    return fault;
  }

  function answer(response: ServerResponse, status: number, payload: unknown, fault?: WechatPayFault["kind"]) {
    const text = payload === undefined ? "" : JSON.stringify(payload);
    response.writeHead(status, {
      ...(text ? { "Content-Type": "application/json; charset=utf-8" } : {}),
      ...signedHeaders(text, fault),
    });
    response.end(text);
  }

  const server = createServer(async (request, response) => {
    const method = request.method ?? "GET";
    const rawUrl = request.url ?? "/";
    const url = new URL(rawUrl, "http://127.0.0.1");
    const body = await readBody(request);
    try {
      if (url.pathname.startsWith("/__control/")) {
        const [status, payload] = await handleControl(method, url, request.headers, body);
        response.writeHead(status, payload === undefined ? {} : { "Content-Type": "application/json" });
        response.end(payload === undefined ? "" : JSON.stringify(payload));
        return;
      }
      const authError = checkAuthorization(method, rawUrl, request.headers, body);
      state.requests.push({
        method,
        url: rawUrl,
        headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)])),
        body,
        authError,
      });
      if (!request.headers.accept || !request.headers["user-agent"]) {
        return answer(response, 400, { code: "INVALID_REQUEST", message: "Http头缺少Accept或User-Agent" });
      }
      if (authError) return answer(response, 401, { code: "SIGN_ERROR", message: "签名错误" });
      const fault = takeFault(rawUrl, body);
      if (fault?.kind === "delay") await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
      if (fault?.kind === "status") {
        return answer(response, fault.status ?? 500, {
          code: fault.code ?? "SYSTEM_ERROR",
          message: fault.message ?? "系统错误",
        });
      }
      let result: [number, unknown];
      try {
        result = handleApi(method, url, body);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return answer(response, error.status, { code: error.code, message: error.message });
      }
      answer(response, result[0], result[1], fault?.kind);
    } catch (error) {
      if (!response.headersSent) answer(response, 500, { code: "SYSTEM_ERROR", message: String(error) });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    state,
    info: {
      url,
      mchid,
      appid,
      merchantSerialNo,
      merchantPrivateKey: merchant.privateKey,
      merchantPublicKey: merchant.publicKey,
      publicKeyId,
      wechatpayPublicKey: wechatpay.publicKey,
      apiV3Key,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
