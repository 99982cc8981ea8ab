// Notifications: §6.5 (Go notify test, platform-certificate mode) and derived D2 (public-key mode, §6.8).
import { describe, expect, it } from "vitest";
import {
  aesGcmDecrypt,
  certificateVerifier,
  createVerifier,
  encryptResource,
  importPrivateKey,
  importPublicKey,
  openNotification,
  parseCertificate,
  parseNotification,
  publicKeyVerifier,
  signMessage,
  verificationMessage,
  WechatPayNotificationError,
} from "../../worker/lib/wechatpay";
import * as v from "./vectors";

const seconds = (s: number) => () => s * 1000;

describe("§6.5 full signed + encrypted notification (platform certificate D7CE59D1F522D701)", () => {
  const verifier = async () => {
    const certificate = parseCertificate(v.goWechatpayCert);
    return certificateVerifier(new Map([[certificate.serialNo, await importPublicKey(v.goWechatpayCert)]]));
  };
  // The vector uses a 16-byte APIv3 key, which production refuses: decrypt through the raw-key function.
  const decrypt = (resource: Parameters<typeof aesGcmDecrypt>[1]) =>
    aesGcmDecrypt(new TextEncoder().encode(v.goNotifyApiV3Key) as Uint8Array<ArrayBuffer>, resource);
  const open = async (headers: Record<string, string>, body: string, now = 1624523846) =>
    openNotification({ headers, body }, { verifier: await verifier(), decrypt, now: seconds(now) });

  it("verifies and decrypts to the expected plaintext", async () => {
    const opened = await open(v.goNotifyHeaders, v.goNotifyBody);
    expect(opened.plaintext).toBe(v.goNotifyPlaintext);
    expect(opened.originalType).toBe("payscore");
    expect(opened.event).toEqual({
      id: "3119dfba-e649-5eec-ab1e-3412bc4d2e17",
      create_time: "2021-06-24T16:37:26+08:00",
      resource_type: "encrypt-resource",
      event_type: "PAYSCORE.USER_OPEN_SERVICE",
      summary: "签约成功",
    });
    expect(opened.signature.serial).toBe("D7CE59D1F522D701");
  });

  const signatureFailures: [string, Record<string, string>, string, number, string][] = [
    ["a tampered body", v.goNotifyHeaders, v.goNotifyBody.replace("签约成功", "签约失败"), 1624523846, "BAD_SIGNATURE"],
    [
      "a tampered nonce",
      { ...v.goNotifyHeaders, "Wechatpay-Nonce": "EcZ9Cmy4Xyx1i6RlJQzLcCyEqDa26NBy" },
      v.goNotifyBody,
      1624523846,
      "BAD_SIGNATURE",
    ],
    [
      "a tampered timestamp",
      { ...v.goNotifyHeaders, "Wechatpay-Timestamp": "1624523847" },
      v.goNotifyBody,
      1624523846,
      "BAD_SIGNATURE",
    ],
    ["a stale clock (+5 min)", v.goNotifyHeaders, v.goNotifyBody, 1624523846 + 300, "STALE_TIMESTAMP"],
    ["a stale clock (now)", v.goNotifyHeaders, v.goNotifyBody, Math.floor(Date.now() / 1000), "STALE_TIMESTAMP"],
    [
      "a SIGNTEST signature",
      { ...v.goNotifyHeaders, "Wechatpay-Signature": `WECHATPAY/SIGNTEST/${v.goNotifyHeaders["Wechatpay-Signature"]}` },
      v.goNotifyBody,
      1624523846,
      "SIGNTEST_PROBE",
    ],
    [
      "an unknown serial",
      { ...v.goNotifyHeaders, "Wechatpay-Serial": "D7CE59D1F522D702" },
      v.goNotifyBody,
      1624523846,
      "UNKNOWN_SERIAL",
    ],
    [
      "no signature",
      { ...v.goNotifyHeaders, "Wechatpay-Signature": "" },
      v.goNotifyBody,
      1624523846,
      "MISSING_HEADERS",
    ],
  ];

  it.each(signatureFailures)("refuses %s as SIGNATURE_INVALID", async (_name, headers, body, now, reason) => {
    const error = await open(headers, body, now).catch((e) => e);
    expect(error).toBeInstanceOf(WechatPayNotificationError);
    expect(error.code).toBe("SIGNATURE_INVALID");
    expect(error.reason).toBe(reason);
  });

  it("does not decrypt an unverified body", async () => {
    let decrypted = false;
    const error = await openNotification(
      { headers: v.goNotifyHeaders, body: `${v.goNotifyBody}\n` },
      {
        verifier: await verifier(),
        decrypt: async () => {
          decrypted = true;
          return "";
        },
        now: seconds(1624523846),
      },
    ).catch((e) => e);
    expect(error.code).toBe("SIGNATURE_INVALID");
    expect(decrypted).toBe(false);
  });

  it("parseNotification refuses it: 16-byte APIv3 key and a payscore resource", async () => {
    const options = { verifier: await verifier(), apiV3Key: v.goNotifyApiV3Key, now: seconds(1624523846) };
    const error = await parseNotification({ headers: v.goNotifyHeaders, body: v.goNotifyBody }, options).catch(
      (e) => e,
    );
    expect(error.code).toBe("DECRYPT_FAILED");
  });
});

describe("derived D2: TRANSACTION.SUCCESS in public-key mode through parseNotification", () => {
  const D2 = v.derived.D2_notification_pubkey_mode;
  const options = async (now = 1700000001) => ({
    verifier: publicKeyVerifier(D2.headers["Wechatpay-Serial"], await importPublicKey(v.javaWechatPayPublicKey)),
    apiV3Key: D2.apiv3_key,
    now: seconds(now),
  });

  it("verifies, decrypts and parses the transaction", async () => {
    const parsed = await parseNotification({ headers: D2.headers, body: D2.body }, await options());
    expect(parsed.kind).toBe("transaction");
    expect(parsed.event).toEqual({
      id: "EV-2018022511223320873",
      create_time: "2023-11-15T06:13:21+08:00",
      resource_type: "encrypt-resource",
      event_type: "TRANSACTION.SUCCESS",
      summary: "支付成功",
    });
    expect(parsed.resource).toEqual(JSON.parse(D2.expected_plaintext));
  });

  it("accepts a Headers object (as on a Request)", async () => {
    const request = new Request("https://example.test/notify", { method: "POST", headers: D2.headers, body: D2.body });
    const parsed = await parseNotification({ headers: request.headers, body: await request.text() }, await options());
    expect(parsed.resource.out_trade_no).toBe("1217752501201407033233368018");
  });

  it("refuses a stale clock, a SIGNTEST signature and a certificate-mode verifier", async () => {
    const stale = await parseNotification(
      { headers: D2.headers, body: D2.body },
      await options(1700000001 + 600),
    ).catch((e) => e);
    expect([stale.code, stale.reason]).toEqual(["SIGNATURE_INVALID", "STALE_TIMESTAMP"]);
    const probeHeaders = { ...D2.headers, "Wechatpay-Signature": "WECHATPAY/SIGNTEST/rjoUXHTB" };
    const probe = await parseNotification({ headers: probeHeaders, body: D2.body }, await options()).catch((e) => e);
    expect([probe.code, probe.reason]).toEqual(["SIGNATURE_INVALID", "SIGNTEST_PROBE"]);
    const certOnly = await createVerifier({ certificates: [v.javaWechatPayCertificate] });
    const unknown = await parseNotification(
      { headers: D2.headers, body: D2.body },
      { ...(await options()), verifier: certOnly },
    ).catch((e) => e);
    expect([unknown.code, unknown.reason]).toEqual(["SIGNATURE_INVALID", "UNKNOWN_SERIAL"]);
  });

  it("a wrong APIv3 key is DECRYPT_FAILED, not a signature failure", async () => {
    const error = await parseNotification(
      { headers: D2.headers, body: D2.body },
      { ...(await options()), apiV3Key: "b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb" },
    ).catch((e) => e);
    expect(error.code).toBe("DECRYPT_FAILED");
  });
});

describe("malformed but genuinely signed notifications", () => {
  const apiV3Key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
  const now = 1700000001;
  const sign = async (body: string) => {
    const nonce = "n0nce";
    const signature = await signMessage(
      verificationMessage(String(now), nonce, body),
      await importPrivateKey(v.javaWechatPayPrivateKey),
    );
    return {
      "Wechatpay-Timestamp": String(now),
      "Wechatpay-Nonce": nonce,
      "Wechatpay-Serial": "PUB_KEY_ID_T",
      "Wechatpay-Signature": signature,
    };
  };
  const parse = async (body: string) =>
    parseNotification(
      { headers: await sign(body), body },
      {
        verifier: publicKeyVerifier("PUB_KEY_ID_T", await importPublicKey(v.javaWechatPayPublicKey)),
        apiV3Key,
        now: seconds(now),
      },
    );
  const envelope = async (eventType: string, originalType: string, plaintext: string) =>
    JSON.stringify({
      id: "EV-1",
      create_time: "2023-11-15T06:13:21+08:00",
      resource_type: "encrypt-resource",
      event_type: eventType,
      summary: "x",
      resource: {
        original_type: originalType,
        ...(await encryptResource(plaintext, apiV3Key, { associatedData: originalType })),
      },
    });
  const refund = {
    mchid: "1234567891",
    out_trade_no: "T123456",
    transaction_id: "4200",
    out_refund_no: "R1",
    refund_id: "5000",
    refund_status: "SUCCESS",
    success_time: "2023-11-15T06:13:21+08:00",
    user_received_account: "支付用户零钱",
    amount: { total: 100, refund: 100, payer_total: 100, payer_refund: 100 },
  };

  it("parses a refund notification", async () => {
    const parsed = await parse(await envelope("REFUND.SUCCESS", "refund", JSON.stringify(refund)));
    expect(parsed.kind).toBe("refund");
    expect(parsed.resource).toEqual(refund);
  });

  it.each([
    ["not JSON", async () => "not json"],
    ["not an envelope", async () => JSON.stringify({ id: "EV-1" })],
    ["an unsupported resource type", async () => envelope("PAYSCORE.USER_OPEN_SERVICE", "payscore", "{}")],
    ["an event type that does not match the resource", async () => envelope("REFUND.SUCCESS", "transaction", "{}")],
    ["a resource that is not JSON", async () => envelope("TRANSACTION.SUCCESS", "transaction", "nope")],
    ["a transaction missing fields", async () => envelope("TRANSACTION.SUCCESS", "transaction", '{"mchid":"1"}')],
    [
      "a refund with an unknown status",
      async () => envelope("REFUND.SUCCESS", "refund", JSON.stringify({ ...refund, refund_status: "DONE" })),
    ],
  ])("reports %s as MALFORMED", async (_name, body) => {
    const error = await parse(await body()).catch((e) => e);
    expect(error).toBeInstanceOf(WechatPayNotificationError);
    expect(error.code).toBe("MALFORMED");
  });
});
