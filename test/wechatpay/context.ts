// What test/global-setup-wechatpay.ts provides (no Node imports: the workerd tests read these types too).

/** The loopback WeChat Pay server and the merchant identity it accepts. All keys are PEM, generated per run. */
export type WechatPayServerInfo = {
  /** API base (`WECHATPAY_API_BASE`); control endpoints live under `${url}/__control/`. */
  url: string;
  mchid: string;
  appid: string;
  merchantSerialNo: string;
  merchantPrivateKey: string;
  merchantPublicKey: string;
  /** The `PUB_KEY_ID_…` the server signs its answers and notifications under. */
  publicKeyId: string;
  wechatpayPublicKey: string;
  apiV3Key: string;
};

/** A fault the server applies to requests whose path or body contains `match` (use a unique out_trade_no). */
export type WechatPayFault = {
  match: string;
  kind:
    | "status" // answer `status` with `{code, message}` instead of handling the request
    | "bad-signature" // handle normally, but sign the answer over a different message
    | "no-signature" // handle normally, no Wechatpay-* headers
    | "signtest" // Wechatpay-Signature: WECHATPAY/SIGNTEST/…
    | "stale-timestamp" // signed correctly, but 10 minutes in the past
    | "unknown-serial" // signed correctly, serial header of a key the merchant does not know
    | "delay"; // wait `delayMs` before answering
  status?: number;
  code?: string;
  message?: string;
  delayMs?: number;
  /** How many matching requests it affects (default 1). */
  times?: number;
};

/** A notification as WeChat Pay would POST it. */
export type WechatPayNotification = { headers: Record<string, string>; body: string };

export type RecordedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** null when the Authorization header verified; otherwise why it was refused. */
  authError: string | null;
};

declare module "vitest" {
  export interface ProvidedContext {
    wechatpay: WechatPayServerInfo;
  }
}
