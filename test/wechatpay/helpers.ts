import { env } from "cloudflare:test";
import type { WechatPayConfig } from "../../worker/lib/wechatpay";
import type { WechatPayFault, WechatPayNotification } from "./context";

export const server = () => env.TEST_WECHATPAY;

/** A merchant configuration that the loopback WeChat Pay server accepts (public-key mode). */
export function loopbackConfig(overrides: Partial<WechatPayConfig> = {}): WechatPayConfig {
  const info = server();
  return {
    mchid: info.mchid,
    appid: info.appid,
    serialNo: info.merchantSerialNo,
    privateKey: info.merchantPrivateKey,
    apiV3Key: info.apiV3Key,
    publicKey: { id: info.publicKeyId, pem: info.wechatpayPublicKey },
    apiBase: info.url,
    notifyUrl: `${info.url}/__control/sink`,
    ...overrides,
  };
}

/** The `WECHATPAY_*` variables for the loopback server, for code that reads configuration from env. */
export function loopbackEnv(): Record<string, string> {
  const info = server();
  return {
    WECHATPAY_MCHID: info.mchid,
    WECHATPAY_APPID: info.appid,
    WECHATPAY_SERIAL_NO: info.merchantSerialNo,
    WECHATPAY_PRIVATE_KEY: info.merchantPrivateKey,
    WECHATPAY_APIV3_KEY: info.apiV3Key,
    WECHATPAY_PUBLIC_KEY: info.wechatpayPublicKey,
    WECHATPAY_PUBLIC_KEY_ID: info.publicKeyId,
    WECHATPAY_API_BASE: info.url,
    WECHATPAY_NOTIFY_URL: `${info.url}/__control/sink`,
  };
}

async function controlCall<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server().url}/__control${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export type PayResult = {
  transaction: Record<string, unknown>;
  notification: WechatPayNotification;
  delivery: { status: number; body: string } | null;
};

/** Test-side controls of the loopback WeChat Pay server. */
export const control = {
  /** The user pays: the order turns SUCCESS; `deliver` = true (the order's notify_url) or a URL POSTs the notification. */
  pay: (outTradeNo: string, options: { deliver?: true | string; transactionId?: string } = {}) =>
    controlCall<PayResult>("POST", `/orders/${encodeURIComponent(outTradeNo)}/pay`, options),
  completeRefund: (
    outRefundNo: string,
    options: { status?: "SUCCESS" | "CLOSED" | "ABNORMAL"; deliver?: true | string } = {},
  ) =>
    controlCall<{ refund: Record<string, unknown>; notification: WechatPayNotification }>(
      "POST",
      `/refunds/${encodeURIComponent(outRefundNo)}/complete`,
      options,
    ),
  fault: (fault: WechatPayFault) => controlCall<void>("POST", "/faults", fault),
  requests: (match: string) =>
    controlCall<import("./context").RecordedRequest[]>("GET", `/requests?match=${encodeURIComponent(match)}`),
  sink: (match: string) => controlCall<WechatPayNotification[]>("GET", `/sink?match=${encodeURIComponent(match)}`),
};

/** A unique out_trade_no (also the handle for scoping server faults to one test). */
export function tradeNo(prefix = "T"): string {
  return `${prefix}${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;
}
