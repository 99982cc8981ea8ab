/**
 * A failed WeChat Pay API call. `status` is the HTTP status (0 when no answer arrived), `code` WeChat's own
 * code (`SIGN_ERROR`, `ORDER_CLOSED`, …) or one of ours: `TIMEOUT`, `NETWORK_ERROR`, `RESPONSE_SIGNATURE_INVALID`
 * (a 2xx answer that fails verification: treat as forged), `INVALID_RESPONSE`, `INVALID_ARGUMENT`.
 * Messages never contain keys, signatures or request bodies.
 */
export class WechatPayError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail?: unknown;

  constructor(status: number, code: string, message: string, options: { detail?: unknown; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "WechatPayError";
    this.status = status;
    this.code = code;
    this.detail = options.detail;
  }
}

export type SignatureFailure =
  | "MISSING_HEADERS"
  | "SIGNTEST_PROBE"
  | "STALE_TIMESTAMP"
  | "UNKNOWN_SERIAL"
  | "BAD_SIGNATURE";

/** A WeChat Pay signature (response or notification) that did not verify. */
export class WechatPaySignatureError extends Error {
  readonly reason: SignatureFailure;

  constructor(reason: SignatureFailure) {
    super(`WeChat Pay signature rejected: ${reason}`);
    this.name = "WechatPaySignatureError";
    this.reason = reason;
  }
}

/** Bad key material or an AEAD failure (wrong key, nonce, associated data or tampered ciphertext). */
export class WechatPayCryptoError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = "WechatPayCryptoError";
  }
}

/**
 * A notification that must not be processed. `SIGNATURE_INVALID`: the sender is not proven to be WeChat Pay
 * (answer 401, nothing changes). `MALFORMED`: verified but not a well-formed envelope or resource.
 * `DECRYPT_FAILED`: verified but the resource did not decrypt (wrong APIv3 key?).
 */
export class WechatPayNotificationError extends Error {
  readonly code: "SIGNATURE_INVALID" | "MALFORMED" | "DECRYPT_FAILED";
  readonly reason: string;

  constructor(code: WechatPayNotificationError["code"], reason: string, options: { cause?: unknown } = {}) {
    super(`WeChat Pay notification rejected: ${code} (${reason})`, options);
    this.name = "WechatPayNotificationError";
    this.code = code;
    this.reason = reason;
  }
}
