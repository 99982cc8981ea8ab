import { generateNonce, importPublicKey, parseCertificate, signMessage, verifySignature } from "./crypto";
import { WechatPaySignatureError } from "./errors";

export const AUTHORIZATION_SCHEMA = "WECHATPAY2-SHA256-RSA2048";
export const SIGNTEST_PREFIX = "WECHATPAY/SIGNTEST/";
/** WeChat Pay and its SDKs reject |now − timestamp| ≥ 5 minutes. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Milliseconds since the epoch, like `Date.now`; injectable so tests can replay old vectors. */
export type Clock = () => number;

export type RequestToSign = {
  method: string;
  /** Path plus `?query` exactly as sent, without scheme and host. */
  url: string;
  /** The exact body bytes sent; empty for GET. */
  body: string;
  timestamp: number;
  nonce: string;
};

export function requestMessage({ method, url, body, timestamp, nonce }: RequestToSign): string {
  return `${method.toUpperCase()}\n${url}\n${timestamp}\n${nonce}\n${body}\n`;
}

/** The `Authorization` header value for one request, signed with the merchant API private key. */
export async function buildAuthorization(
  merchant: { mchid: string; serialNo: string; privateKey: CryptoKey },
  request: Omit<RequestToSign, "timestamp" | "nonce"> & { timestamp?: number; nonce?: string },
): Promise<string> {
  const signed: RequestToSign = {
    ...request,
    timestamp: request.timestamp ?? Math.floor(Date.now() / 1000),
    nonce: request.nonce ?? generateNonce(),
  };
  const signature = await signMessage(requestMessage(signed), merchant.privateKey);
  return (
    `${AUTHORIZATION_SCHEMA} mchid="${merchant.mchid}",nonce_str="${signed.nonce}",` +
    `timestamp="${signed.timestamp}",serial_no="${merchant.serialNo}",signature="${signature}"`
  );
}

/** The message WeChat Pay signs for responses and notifications; `body` must be the raw body text. */
export function verificationMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

/** Picks the WeChat Pay verification key named by `Wechatpay-Serial`; unknown serials are refused. */
export type WechatPayVerifier = { keyFor(serial: string): CryptoKey | undefined };

/** WeChat Pay public-key mode: the serial must equal the configured `PUB_KEY_ID_…`. */
export function publicKeyVerifier(publicKeyId: string, publicKey: CryptoKey): WechatPayVerifier {
  return { keyFor: (serial) => (serial === publicKeyId ? publicKey : undefined) };
}

/** Platform-certificate mode: serial (upper-case hex) → the certificate's public key. */
export function certificateVerifier(keysBySerial: ReadonlyMap<string, CryptoKey>): WechatPayVerifier {
  return { keyFor: (serial) => keysBySerial.get(serial.toUpperCase()) };
}

/** Accepts whichever verifier knows the serial: merchants migrating between modes receive both for a while. */
export function combinedVerifier(...verifiers: WechatPayVerifier[]): WechatPayVerifier {
  return { keyFor: (serial) => verifiers.map((v) => v.keyFor(serial)).find((key) => key !== undefined) };
}

/** Builds the verifier from configuration: a public key with its ID, platform certificates, or both. */
export async function createVerifier(options: {
  publicKey?: { id: string; pem: string };
  certificates?: string[];
}): Promise<WechatPayVerifier> {
  const verifiers: WechatPayVerifier[] = [];
  if (options.publicKey) {
    verifiers.push(publicKeyVerifier(options.publicKey.id, await importPublicKey(options.publicKey.pem)));
  }
  if (options.certificates?.length) {
    const keys = new Map<string, CryptoKey>();
    for (const pem of options.certificates) keys.set(parseCertificate(pem).serialNo, await importPublicKey(pem));
    verifiers.push(certificateVerifier(keys));
  }
  if (verifiers.length === 0) throw new TypeError("a WeChat Pay public key or platform certificate is required");
  return combinedVerifier(...verifiers);
}

export type VerifiedSignature = { serial: string; timestamp: number; nonce: string };

/**
 * Verifies the `Wechatpay-*` headers of a response or notification over the raw body, or throws
 * `WechatPaySignatureError`. Probe signatures (`WECHATPAY/SIGNTEST/…`) are refused before any key work.
 */
export async function verifyWechatPaySignature(
  headers: Headers,
  body: string,
  verifier: WechatPayVerifier,
  now: Clock = Date.now,
): Promise<VerifiedSignature> {
  const timestamp = headers.get("Wechatpay-Timestamp");
  const nonce = headers.get("Wechatpay-Nonce");
  const signature = headers.get("Wechatpay-Signature");
  const serial = headers.get("Wechatpay-Serial");
  if (!timestamp || !nonce || !signature || !serial) throw new WechatPaySignatureError("MISSING_HEADERS");
  if (signature.startsWith(SIGNTEST_PREFIX)) throw new WechatPaySignatureError("SIGNTEST_PROBE");
  const signatureType = headers.get("Wechatpay-Signature-Type");
  if (signatureType && signatureType !== AUTHORIZATION_SCHEMA) throw new WechatPaySignatureError("BAD_SIGNATURE");
  if (!/^\d{1,12}$/.test(timestamp)) throw new WechatPaySignatureError("STALE_TIMESTAMP");
  const seconds = Number(timestamp);
  if (Math.abs(Math.floor(now() / 1000) - seconds) >= MAX_CLOCK_SKEW_SECONDS)
    throw new WechatPaySignatureError("STALE_TIMESTAMP");
  const key = verifier.keyFor(serial);
  if (!key) throw new WechatPaySignatureError("UNKNOWN_SERIAL");
  if (!(await verifySignature(verificationMessage(timestamp, nonce, body), signature, key))) {
    throw new WechatPaySignatureError("BAD_SIGNATURE");
  }
  return { serial, timestamp: seconds, nonce };
}
