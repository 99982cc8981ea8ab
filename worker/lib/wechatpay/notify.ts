import { decryptResource, type EncryptedResource } from "./crypto";
import { WechatPayNotificationError, WechatPaySignatureError } from "./errors";
import {
  NotificationEnvelopeSchema,
  type NotificationEvent,
  type RefundNotification,
  RefundNotificationSchema,
  type Transaction,
  TransactionSchema,
} from "./schemas";
import { type Clock, type VerifiedSignature, verifyWechatPaySignature, type WechatPayVerifier } from "./signing";

/** What arrived on the notify route: its headers and the body exactly as received (`await request.text()`). */
export type NotificationInput = { headers: Headers | HeadersInit; body: string };

export type OpenedNotification = {
  event: NotificationEvent;
  originalType: string;
  plaintext: string;
  signature: VerifiedSignature;
};

export type ParsedNotification =
  | { event: NotificationEvent; kind: "transaction"; resource: Transaction }
  | { event: NotificationEvent; kind: "refund"; resource: RefundNotification };

/**
 * Verifies the signature over the raw body, then parses the envelope and decrypts its resource with `decrypt`.
 * The order matters: nothing of an unverified body is parsed or decrypted.
 */
export async function openNotification(
  input: NotificationInput,
  options: { verifier: WechatPayVerifier; decrypt: (resource: EncryptedResource) => Promise<string>; now?: Clock },
): Promise<OpenedNotification> {
  let signature: VerifiedSignature;
  try {
    signature = await verifyWechatPaySignature(new Headers(input.headers), input.body, options.verifier, options.now);
  } catch (error) {
    if (error instanceof WechatPaySignatureError)
      throw new WechatPayNotificationError("SIGNATURE_INVALID", error.reason);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(input.body);
  } catch {
    throw new WechatPayNotificationError("MALFORMED", "body is not JSON");
  }
  const envelope = NotificationEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new WechatPayNotificationError("MALFORMED", "not a notification envelope");
  const { resource, ...event } = envelope.data;
  let plaintext: string;
  try {
    plaintext = await options.decrypt(resource);
  } catch (cause) {
    throw new WechatPayNotificationError("DECRYPT_FAILED", "resource did not decrypt", { cause });
  }
  return { event, originalType: resource.original_type, plaintext, signature };
}

const RESOURCE_KINDS = {
  transaction: { eventPrefix: "TRANSACTION.", schema: TransactionSchema },
  refund: { eventPrefix: "REFUND.", schema: RefundNotificationSchema },
} as const;

/**
 * A verified, decrypted and schema-checked payment or refund notification, or a `WechatPayNotificationError`.
 * Business checks (order exists, amount, mchid, appid, trade_state) are the caller's.
 */
export async function parseNotification(
  input: NotificationInput,
  options: { verifier: WechatPayVerifier; apiV3Key: string; now?: Clock },
): Promise<ParsedNotification> {
  const opened = await openNotification(input, {
    verifier: options.verifier,
    decrypt: (resource) => decryptResource(resource, options.apiV3Key),
    now: options.now,
  });
  const kind = opened.originalType;
  if (kind !== "transaction" && kind !== "refund") {
    throw new WechatPayNotificationError("MALFORMED", `unsupported resource type ${kind.slice(0, 32)}`);
  }
  const { eventPrefix, schema } = RESOURCE_KINDS[kind];
  if (!opened.event.event_type.startsWith(eventPrefix)) {
    throw new WechatPayNotificationError("MALFORMED", "event type does not match the resource type");
  }
  let json: unknown;
  try {
    json = JSON.parse(opened.plaintext);
  } catch {
    throw new WechatPayNotificationError("MALFORMED", "resource is not JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new WechatPayNotificationError("MALFORMED", `not a ${kind} resource`);
  return kind === "transaction"
    ? { event: opened.event, kind, resource: parsed.data as Transaction }
    : { event: opened.event, kind, resource: parsed.data as RefundNotification };
}
