import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  buildSimulatedNotification,
  createWechatPayClient,
  decryptResource,
  parseNotification,
  SIMULATOR_APPID,
  SIMULATOR_MCHID,
  simulatorCodeUrl,
  simulatorVerifierConfig,
} from "../../worker/lib/wechatpay";
import { loopbackConfig } from "./helpers";

const order = { outTradeNo: "ZMsim0001abcdef", amountFen: 1990, mchid: SIMULATOR_MCHID, appid: SIMULATOR_APPID };

describe("payment simulator", () => {
  it("builds a notification that the unchanged notify path verifies and decrypts", async () => {
    const simulator = await simulatorVerifierConfig(env);
    expect(simulator).not.toBeNull();
    const successTime = new Date("2030-01-02T03:04:05Z");
    const { headers, body } = await buildSimulatedNotification({
      order,
      transactionId: "4200SIM000000001",
      successTime,
    });

    expect(headers["Wechatpay-Serial"]).toBe(simulator!.publicKeyId);
    expect(headers["Wechatpay-Serial"]).toMatch(/^PUB_KEY_ID_SIMULATOR_/);
    expect(headers["Wechatpay-Signature-Type"]).toBe("WECHATPAY2-SHA256-RSA2048");
    expect(headers["Wechatpay-Nonce"]).toMatch(/^[0-9A-Za-z]{32}$/);

    // Delivered the way WeChat Pay does: a POST whose raw body is read by the route.
    const request = new Request("http://localhost:8787/api/v1/billing/wechatpay/notify", {
      method: "POST",
      headers,
      body,
    });
    const parsed = await parseNotification({ headers: request.headers, body: await request.text() }, simulator!);
    expect(parsed.kind).toBe("transaction");
    expect(parsed.event).toMatchObject({
      event_type: "TRANSACTION.SUCCESS",
      resource_type: "encrypt-resource",
      summary: "支付成功",
    });
    expect(parsed.resource).toMatchObject({
      mchid: SIMULATOR_MCHID,
      appid: SIMULATOR_APPID,
      out_trade_no: order.outTradeNo,
      transaction_id: "4200SIM000000001",
      trade_type: "NATIVE",
      trade_state: "SUCCESS",
      success_time: "2030-01-02T11:04:05+08:00",
      amount: { total: 1990, payer_total: 1990, currency: "CNY" },
    });
  });

  it("encrypts the resource like WeChat Pay: AEAD_AES_256_GCM, associated data, 12-character nonce", async () => {
    const simulator = await simulatorVerifierConfig(env);
    const { body } = await buildSimulatedNotification({ order, transactionId: "4200SIM2", successTime: new Date() });
    const { resource } = JSON.parse(body);
    expect(resource).toMatchObject({
      original_type: "transaction",
      algorithm: "AEAD_AES_256_GCM",
      associated_data: "transaction",
    });
    expect(resource.nonce).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(body).not.toContain(order.outTradeNo);
    expect(JSON.parse(await decryptResource(resource, simulator!.apiV3Key)).out_trade_no).toBe(order.outTradeNo);
  });

  it("fails with the real (configured) verifier and with tampering", async () => {
    const simulator = await simulatorVerifierConfig(env);
    const notification = await buildSimulatedNotification({
      order,
      transactionId: "4200SIM3",
      successTime: new Date(),
    });
    const real = createWechatPayClient(loopbackConfig());
    const error = await real.parseNotification(notification).catch((e) => e);
    expect([error.code, error.reason]).toEqual(["SIGNATURE_INVALID", "UNKNOWN_SERIAL"]);
    // Even under the real public key ID, the simulator's signature does not verify with WeChat Pay's key.
    const relabelled = { ...notification.headers, "Wechatpay-Serial": loopbackConfig().publicKey!.id };
    const forged = await real.parseNotification({ headers: relabelled, body: notification.body }).catch((e) => e);
    expect([forged.code, forged.reason]).toEqual(["SIGNATURE_INVALID", "BAD_SIGNATURE"]);
    const tampered = notification.body.replace("支付成功", "支付失败");
    const bad = await parseNotification({ headers: notification.headers, body: tampered }, simulator!).catch((e) => e);
    expect(bad.code).toBe("SIGNATURE_INVALID");
  });

  it("keeps its keys for the isolate and is off outside development", async () => {
    const first = await simulatorVerifierConfig(env);
    const second = await simulatorVerifierConfig({ APP_ENV: "development" });
    expect(second!.publicKeyId).toBe(first!.publicKeyId);
    expect(second!.apiV3Key).toHaveLength(32);
    expect(await simulatorVerifierConfig({ APP_ENV: "production" })).toBeNull();
  });

  it("a stale simulated notification is refused like a real one", async () => {
    const simulator = await simulatorVerifierConfig(env);
    const notification = await buildSimulatedNotification({
      order,
      transactionId: "4200SIM4",
      successTime: new Date(),
      now: new Date(Date.now() - 6 * 60_000),
    });
    const error = await parseNotification(notification, simulator!).catch((e) => e);
    expect([error.code, error.reason]).toEqual(["SIGNATURE_INVALID", "STALE_TIMESTAMP"]);
  });

  it("gives a code URL that says it is the simulator", () => {
    expect(simulatorCodeUrl("ZMsim0001abcdef")).toBe("weixin://wxpay/bizpayurl?pr=zhimai-simulator-ZMsim0001abcdef");
  });
});
