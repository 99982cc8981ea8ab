export const DEFAULT_API_BASE = "https://api.mch.weixin.qq.com";

export type WechatPayConfig = {
  mchid: string;
  appid: string;
  /** Serial number of the merchant API certificate (`serial_no` in Authorization). */
  serialNo: string;
  /** Merchant API private key, PEM (PKCS#8). */
  privateKey: string;
  apiV3Key: string;
  /** Public-key mode: the WeChat Pay public key (PEM) and its `PUB_KEY_ID_…`. */
  publicKey?: { id: string; pem: string };
  /** Platform-certificate mode: WeChat Pay platform certificates (PEM each). */
  platformCertificates?: string[];
  apiBase: string;
  notifyUrl: string;
};

/** The variables read; `WECHATPAY_PLATFORM_CERTIFICATES` (concatenated PEMs) is optional and only for cert mode. */
export type WechatPayEnv = {
  WECHATPAY_MCHID?: string;
  WECHATPAY_APPID?: string;
  WECHATPAY_SERIAL_NO?: string;
  WECHATPAY_PRIVATE_KEY?: string;
  WECHATPAY_APIV3_KEY?: string;
  WECHATPAY_PUBLIC_KEY?: string;
  WECHATPAY_PUBLIC_KEY_ID?: string;
  WECHATPAY_PLATFORM_CERTIFICATES?: string;
  WECHATPAY_API_BASE?: string;
  WECHATPAY_NOTIFY_URL?: string;
};

const REQUIRED = [
  "WECHATPAY_MCHID",
  "WECHATPAY_APPID",
  "WECHATPAY_SERIAL_NO",
  "WECHATPAY_PRIVATE_KEY",
  "WECHATPAY_APIV3_KEY",
  "WECHATPAY_NOTIFY_URL",
] as const;

/** Names variables, never values: the message may end up in logs. */
export class WechatPayConfigError extends Error {
  constructor(message: string) {
    super(`WeChat Pay configuration: ${message}`);
    this.name = "WechatPayConfigError";
  }
}

/**
 * The merchant configuration, or null when WeChat Pay is not configured at all (no mchid, key or APIv3 key):
 * the caller then uses the simulator (development) or answers PAYMENT_NOT_CONFIGURED (production).
 * A half-done configuration throws `WechatPayConfigError` instead of silently falling back.
 */
export function loadWechatPayConfig(env: WechatPayEnv): WechatPayConfig | null {
  const value = (name: keyof WechatPayEnv) => env[name]?.trim() || undefined;
  if (!value("WECHATPAY_MCHID") && !value("WECHATPAY_PRIVATE_KEY") && !value("WECHATPAY_APIV3_KEY")) return null;

  const missing = REQUIRED.filter((name) => !value(name));
  if (missing.length) throw new WechatPayConfigError(`missing ${missing.join(", ")}`);
  const publicKeyPem = value("WECHATPAY_PUBLIC_KEY");
  const publicKeyId = value("WECHATPAY_PUBLIC_KEY_ID");
  if (Boolean(publicKeyPem) !== Boolean(publicKeyId)) {
    throw new WechatPayConfigError("WECHATPAY_PUBLIC_KEY and WECHATPAY_PUBLIC_KEY_ID go together");
  }
  if (publicKeyId && !publicKeyId.startsWith("PUB_KEY_ID_")) {
    throw new WechatPayConfigError("WECHATPAY_PUBLIC_KEY_ID must start with PUB_KEY_ID_");
  }
  const certificates = value("WECHATPAY_PLATFORM_CERTIFICATES")?.match(
    /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g,
  );
  if (!publicKeyPem && !certificates?.length) {
    throw new WechatPayConfigError("set WECHATPAY_PUBLIC_KEY + WECHATPAY_PUBLIC_KEY_ID or platform certificates");
  }
  const apiV3Key = value("WECHATPAY_APIV3_KEY")!;
  if (new TextEncoder().encode(apiV3Key).length !== 32) {
    throw new WechatPayConfigError("WECHATPAY_APIV3_KEY must be 32 bytes");
  }
  const notifyUrl = value("WECHATPAY_NOTIFY_URL")!;
  if (!URL.canParse(notifyUrl) || new URL(notifyUrl).search) {
    throw new WechatPayConfigError("WECHATPAY_NOTIFY_URL must be an absolute URL without query");
  }
  const apiBase = (value("WECHATPAY_API_BASE") ?? DEFAULT_API_BASE).replace(/\/+$/, "");
  if (!URL.canParse(apiBase)) throw new WechatPayConfigError("WECHATPAY_API_BASE must be an absolute URL");

  return {
    mchid: value("WECHATPAY_MCHID")!,
    appid: value("WECHATPAY_APPID")!,
    serialNo: value("WECHATPAY_SERIAL_NO")!.toUpperCase(),
    privateKey: value("WECHATPAY_PRIVATE_KEY")!,
    apiV3Key,
    ...(publicKeyPem && publicKeyId ? { publicKey: { id: publicKeyId, pem: publicKeyPem } } : {}),
    ...(certificates?.length ? { platformCertificates: certificates } : {}),
    apiBase,
    notifyUrl,
  };
}
