// Request signing (§2, derived D1 of §6.8) and response/notification verification (§3).
import { describe, expect, it } from "vitest";
import {
  buildAuthorization,
  certificateVerifier,
  combinedVerifier,
  createVerifier,
  importPrivateKey,
  importPublicKey,
  publicKeyVerifier,
  requestMessage,
  signMessage,
  verificationMessage,
  verifyWechatPaySignature,
  WechatPaySignatureError,
} from "../../worker/lib/wechatpay";
import * as v from "./vectors";

const D1 = v.derived.D1_request_signing;
const D2 = v.derived.D2_notification_pubkey_mode;

describe("request signing (derived D1, Java merchant key)", () => {
  const merchant = async () => ({
    mchid: D1.mchid,
    serialNo: D1.serial_no,
    privateKey: await importPrivateKey(v.javaMerchantPrivateKey),
  });
  const postBody = D1.post.message.split("\n")[4]!;

  it("builds the canonical POST message and Authorization", async () => {
    const request = {
      method: "POST",
      url: "/v3/pay/transactions/native",
      body: postBody,
      timestamp: 1700000000,
      nonce: D1.nonce_str,
    };
    expect(requestMessage(request)).toBe(D1.post.message);
    expect(requestMessage(request)).toBe(v.d1PostMessage);
    expect(await buildAuthorization(await merchant(), request)).toBe(D1.post.authorization);
  });

  it("builds the canonical GET message (path + query, empty body line) and Authorization", async () => {
    const request = {
      method: "GET",
      url: "/v3/pay/transactions/out-trade-no/1217752501201407033233368018?mchid=1234567891",
      body: "",
      timestamp: 1700000000,
      nonce: D1.nonce_str,
    };
    expect(requestMessage(request)).toBe(v.d1GetMessage);
    expect(await buildAuthorization(await merchant(), request)).toBe(D1.get.authorization);
  });

  it("matches the official layout examples", () => {
    expect(
      requestMessage({
        method: "GET",
        url: "/v3/certificates",
        body: "",
        timestamp: 1554208460,
        nonce: "593BEC0C930BF1AFEB40B4A08C8FB242",
      }),
    ).toBe("GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n");
    expect(
      requestMessage({
        method: "post",
        url: "/v3/certificates",
        body: "Hello World!\n",
        timestamp: 1624523846,
        nonce: "A1B2C3D4E5F6G7",
      }),
    ).toBe("POST\n/v3/certificates\n1624523846\nA1B2C3D4E5F6G7\nHello World!\n\n");
  });

  it("fills in the current time and a fresh 32-character nonce", async () => {
    const header = await buildAuthorization(await merchant(), { method: "GET", url: "/v3/x", body: "" });
    const fields = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(header.startsWith("WECHATPAY2-SHA256-RSA2048 mchid=")).toBe(true);
    expect(fields.nonce_str).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(Math.abs(Number(fields.timestamp) - Date.now() / 1000)).toBeLessThan(5);
  });
});

describe("verification (derived D2, public-key mode)", () => {
  const headers = () => new Headers(D2.headers);
  const at = (seconds: number) => () => seconds * 1000;
  const verifier = async () =>
    publicKeyVerifier(D2.headers["Wechatpay-Serial"], await importPublicKey(v.javaWechatPayPublicKey));

  it("verifies the raw body at the vector's time", async () => {
    expect(verificationMessage("1700000001", D2.headers["Wechatpay-Nonce"], D2.body)).toBe(v.d2NotifyMessage);
    const verified = await verifyWechatPaySignature(headers(), D2.body, await verifier(), at(1700000001));
    expect(verified).toEqual({
      serial: D2.headers["Wechatpay-Serial"],
      timestamp: 1700000001,
      nonce: D2.headers["Wechatpay-Nonce"],
    });
  });

  const failures: [string, (h: Headers) => void, string, number?][] = [
    ["missing signature", (h) => h.delete("Wechatpay-Signature"), "MISSING_HEADERS"],
    ["missing timestamp", (h) => h.delete("Wechatpay-Timestamp"), "MISSING_HEADERS"],
    ["missing nonce", (h) => h.delete("Wechatpay-Nonce"), "MISSING_HEADERS"],
    ["missing serial", (h) => h.delete("Wechatpay-Serial"), "MISSING_HEADERS"],
    [
      "a SIGNTEST probe",
      (h) => h.set("Wechatpay-Signature", `WECHATPAY/SIGNTEST/${D2.headers["Wechatpay-Signature"]}`),
      "SIGNTEST_PROBE",
    ],
    ["another nonce", (h) => h.set("Wechatpay-Nonce", "EcZ9Cmy4Xyx1i6RlJQzLcCyEqDa26NBZ"), "BAD_SIGNATURE"],
    ["another timestamp", (h) => h.set("Wechatpay-Timestamp", "1700000002"), "BAD_SIGNATURE"],
    ["a non-numeric timestamp", (h) => h.set("Wechatpay-Timestamp", "1700000001.0"), "STALE_TIMESTAMP"],
    [
      "an unknown serial",
      (h) => h.set("Wechatpay-Serial", "PUB_KEY_ID_0000000000000000000000000000000001"),
      "UNKNOWN_SERIAL",
    ],
    [
      "a certificate serial",
      (h) => h.set("Wechatpay-Serial", "440024045C4A427599D09BB4E3DE0279F2E813FD"),
      "UNKNOWN_SERIAL",
    ],
    [
      "an unsupported signature type",
      (h) => h.set("Wechatpay-Signature-Type", "WECHATPAY2-SM2-WITH-SM3"),
      "BAD_SIGNATURE",
    ],
    ["a clock 5 minutes ahead", () => {}, "STALE_TIMESTAMP", 1700000001 + 300],
    ["a clock 5 minutes behind", () => {}, "STALE_TIMESTAMP", 1700000001 - 300],
    ["today's clock", () => {}, "STALE_TIMESTAMP", Math.floor(Date.now() / 1000)],
  ];

  it.each(failures)("refuses %s", async (_name, mutate, reason, now = 1700000001) => {
    const h = headers();
    mutate(h);
    const error = await verifyWechatPaySignature(h, D2.body, await verifier(), at(now)).catch((e) => e);
    expect(error).toBeInstanceOf(WechatPaySignatureError);
    expect(error.reason).toBe(reason);
  });

  it("accepts up to 299 seconds of skew either way", async () => {
    for (const now of [1700000001 + 299, 1700000001 - 299]) {
      await expect(verifyWechatPaySignature(headers(), D2.body, await verifier(), at(now))).resolves.toBeDefined();
    }
  });

  it("refuses a tampered or re-serialised body", async () => {
    const reserialised = JSON.stringify(JSON.parse(D2.body), null, 1);
    for (const body of [D2.body.replace("支付成功", "支付失败"), reserialised, `${D2.body} `, ""]) {
      const error = await verifyWechatPaySignature(headers(), body, await verifier(), at(1700000001)).catch((e) => e);
      expect(error.reason).toBe("BAD_SIGNATURE");
    }
  });
});

describe("verifier modes", () => {
  it("certificate mode picks the key by serial, case-insensitively", async () => {
    const keys = new Map([
      ["440024045C4A427599D09BB4E3DE0279F2E813FD", await importPublicKey(v.javaWechatPayCertificate)],
    ]);
    const verifier = certificateVerifier(keys);
    expect(verifier.keyFor("440024045c4a427599d09bb4e3de0279f2e813fd")).toBeDefined();
    expect(verifier.keyFor("D7CE59D1F522D701")).toBeUndefined();
  });

  it("the combined verifier accepts a public-key and a certificate signature during migration", async () => {
    const verifier = await createVerifier({
      publicKey: { id: "PUB_KEY_ID_0000000000000024101100397200000006", pem: v.javaWechatPayPublicKey },
      certificates: [v.goWechatpayCert, v.javaMerchantCertificate],
    });
    const at = (s: number) => () => s * 1000;
    await expect(
      verifyWechatPaySignature(new Headers(D2.headers), D2.body, verifier, at(1700000001)),
    ).resolves.toBeDefined();
    await expect(
      verifyWechatPaySignature(new Headers(v.goNotifyHeaders), v.goNotifyBody, verifier, at(1624523846)),
    ).resolves.toBeDefined();
    // The merchant's own certificate is known by serial, but the D2 signature is WeChat Pay's: a wrong key fails.
    const mislabelled = new Headers({ ...D2.headers, "Wechatpay-Serial": "5F1C72E2A8931B72A2E13AF8DEE92471EB397115" });
    const error = await verifyWechatPaySignature(mislabelled, D2.body, verifier, at(1700000001)).catch((e) => e);
    expect(error.reason).toBe("BAD_SIGNATURE");
  });

  it("public-key mode alone does not accept a certificate serial", async () => {
    const verifier = await createVerifier({ publicKey: { id: "PUB_KEY_ID_X", pem: v.goPublicKey } });
    expect(verifier.keyFor("D7CE59D1F522D701")).toBeUndefined();
    expect(verifier.keyFor("PUB_KEY_ID_X")).toBeDefined();
    await expect(createVerifier({})).rejects.toThrow();
  });

  it("a signature by another key under the right serial fails", async () => {
    const body = '{"code_url":"weixin://wxpay/bizpayurl?pr=JyC91EIz1"}';
    const forged = await signMessage(
      verificationMessage("1700000001", "n", body),
      await importPrivateKey(v.goPrivateKey),
    );
    const headers = new Headers({
      "Wechatpay-Timestamp": "1700000001",
      "Wechatpay-Nonce": "n",
      "Wechatpay-Serial": "PUB_KEY_ID_A",
      "Wechatpay-Signature": forged,
    });
    const verifier = combinedVerifier(
      publicKeyVerifier("PUB_KEY_ID_A", await importPublicKey(v.javaWechatPayPublicKey)),
    );
    const error = await verifyWechatPaySignature(headers, body, verifier, () => 1700000001_000).catch((e) => e);
    expect(error.reason).toBe("BAD_SIGNATURE");
  });
});
