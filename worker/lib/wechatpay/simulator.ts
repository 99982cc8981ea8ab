import { isDevelopment } from "../env";
import { encryptResource, generateNonce, signMessage } from "./crypto";
import type { Transaction } from "./schemas";
import { AUTHORIZATION_SCHEMA, publicKeyVerifier, verificationMessage, type WechatPayVerifier } from "./signing";
import { formatBeijingTime } from "./time";

// The development payment simulator plays WeChat Pay with its own keys, so that simulated payments travel the
// real notify path (signature check, AES-GCM decryption, order checks) instead of a shortcut.

/** Merchant identity for simulator orders: the notification carries these, the notify route compares them. */
export const SIMULATOR_MCHID = "1999999999";
export const SIMULATOR_APPID = "wxzhimaisimulator";

type SimulatorKeys = { privateKey: CryptoKey; verifier: WechatPayVerifier; publicKeyId: string; apiV3Key: string };

let keys: Promise<SimulatorKeys> | undefined;

/** Generated once per isolate and never exported: nothing outside this isolate can sign as the simulator. */
function simulatorKeys(): Promise<SimulatorKeys> {
  keys ??= (async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      false,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    // A per-isolate ID: a notification signed by another isolate fails as UNKNOWN_SERIAL, not as a bad signature.
    const publicKeyId = `PUB_KEY_ID_SIMULATOR_${generateNonce(16)}`;
    return {
      privateKey: pair.privateKey,
      verifier: publicKeyVerifier(publicKeyId, pair.publicKey),
      publicKeyId,
      apiV3Key: generateNonce(32),
    };
  })();
  return keys;
}

/**
 * What the notify route passes to `parseNotification` for simulator traffic — in development only; null otherwise,
 * so a production deployment can never accept a simulator-signed notification.
 */
export async function simulatorVerifierConfig(
  env: Pick<Env, "APP_ENV">,
): Promise<{ verifier: WechatPayVerifier; apiV3Key: string; publicKeyId: string } | null> {
  if (!isDevelopment(env)) return null;
  const { verifier, apiV3Key, publicKeyId } = await simulatorKeys();
  return { verifier, apiV3Key, publicKeyId };
}

export type SimulatedOrder = { outTradeNo: string; amountFen: number; mchid: string; appid: string; attach?: string };

/**
 * A `TRANSACTION.SUCCESS` notification signed and encrypted exactly as WeChat Pay sends one (public-key mode):
 * POST `body` with `headers` to the notify route.
 */
export async function buildSimulatedNotification(input: {
  order: SimulatedOrder;
  transactionId: string;
  successTime: Date;
  now?: Date;
}): Promise<{ headers: Record<string, string>; body: string }> {
  const { privateKey, publicKeyId, apiV3Key } = await simulatorKeys();
  const { order } = input;
  const transaction: Transaction = {
    mchid: order.mchid,
    appid: order.appid,
    out_trade_no: order.outTradeNo,
    transaction_id: input.transactionId,
    trade_type: "NATIVE",
    trade_state: "SUCCESS",
    trade_state_desc: "支付成功",
    bank_type: "OTHERS",
    attach: order.attach ?? "",
    success_time: formatBeijingTime(input.successTime),
    payer: { openid: "oSIMULATOR0000000000000000000" },
    amount: { total: order.amountFen, payer_total: order.amountFen, currency: "CNY", payer_currency: "CNY" },
  };
  const now = input.now ?? new Date();
  const body = JSON.stringify({
    id: crypto.randomUUID(),
    create_time: formatBeijingTime(now),
    resource_type: "encrypt-resource",
    event_type: "TRANSACTION.SUCCESS",
    summary: "支付成功",
    resource: {
      original_type: "transaction",
      ...(await encryptResource(JSON.stringify(transaction), apiV3Key, { associatedData: "transaction" })),
    },
  });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = generateNonce();
  return {
    headers: {
      "Content-Type": "application/json",
      "Request-ID": crypto.randomUUID(),
      "Wechatpay-Timestamp": timestamp,
      "Wechatpay-Nonce": nonce,
      "Wechatpay-Serial": publicKeyId,
      "Wechatpay-Signature-Type": AUTHORIZATION_SCHEMA,
      "Wechatpay-Signature": await signMessage(verificationMessage(timestamp, nonce, body), privateKey),
    },
    body,
  };
}

/** A `code_url` look-alike for simulator orders; the `pr` value says what it is. */
export function simulatorCodeUrl(outTradeNo: string): string {
  return `weixin://wxpay/bizpayurl?pr=zhimai-simulator-${encodeURIComponent(outTradeNo)}`;
}
