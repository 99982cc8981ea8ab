// The APIv3 client against the loopback WeChat Pay server (test/support/wechatpay-server.ts), which checks every
// request signature with the merchant public key and signs every answer with its own key.
import { describe, expect, it } from "vitest";
import {
  createWechatPayClient,
  loadWechatPayConfig,
  parseNotification,
  USER_AGENT,
  WechatPayError,
} from "../../worker/lib/wechatpay";
import { control, loopbackConfig, loopbackEnv, server, tradeNo } from "./helpers";
import * as v from "./vectors";

const client = (overrides = {}, options = {}) =>
  createWechatPayClient(loopbackConfig(overrides), { retryBaseMs: 0, ...options });
const expires = () => new Date(Date.now() + 30 * 60_000);

async function failure(promise: Promise<unknown>): Promise<WechatPayError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a WechatPayError");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WechatPayError);
  return error as WechatPayError;
}

describe("Native payment against the loopback server", () => {
  it("creates an order with a signed request and the required headers", async () => {
    const no = tradeNo();
    const timeExpire = new Date("2030-05-20T05:29:35.123Z");
    const { codeUrl } = await client().createNativeOrder({
      outTradeNo: no,
      description: "职麦 充值 ¥10",
      amountFen: 1000,
      timeExpire,
      attach: "order:abc",
    });
    expect(codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);

    const [request] = await control.requests(no);
    expect(request!.authError).toBeNull();
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v3/pay/transactions/native");
    expect(request!.headers["user-agent"]).toBe(USER_AGENT);
    expect(request!.headers.accept).toBe("application/json");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers["wechatpay-serial"]).toBe(server().publicKeyId);
    expect(request!.headers.authorization).toMatch(
      new RegExp(
        `^WECHATPAY2-SHA256-RSA2048 mchid="${server().mchid}",nonce_str="[0-9A-Za-z]{32}",timestamp="\\d+",serial_no="${server().merchantSerialNo}",signature="[A-Za-z0-9+/=]+"$`,
      ),
    );
    expect(JSON.parse(request!.body)).toEqual({
      appid: server().appid,
      mchid: server().mchid,
      description: "职麦 充值 ¥10",
      out_trade_no: no,
      time_expire: "2030-05-20T13:29:35+08:00",
      attach: "order:abc",
      notify_url: `${server().url}/__control/sink`,
      amount: { total: 1000, currency: "CNY" },
    });

    // Same parameters again: WeChat answers the same code_url.
    expect(
      (await client().createNativeOrder({ outTradeNo: no, description: "职麦 充值 ¥10", amountFen: 1000, timeExpire }))
        .codeUrl,
    ).toBe(codeUrl);
  });

  it("queries NOTPAY, then SUCCESS after payment; closing a paid order is ORDERPAID", async () => {
    const no = tradeNo();
    const wechatpay = client();
    await wechatpay.createNativeOrder({ outTradeNo: no, description: "月卡", amountFen: 5990, timeExpire: expires() });
    const unpaid = await wechatpay.queryOrder(no);
    expect(unpaid).toMatchObject({
      out_trade_no: no,
      trade_state: "NOTPAY",
      mchid: server().mchid,
      appid: server().appid,
    });

    const [query] = (await control.requests(no)).filter((r) => r.method === "GET");
    expect(query!.url).toBe(`/v3/pay/transactions/out-trade-no/${no}?mchid=${server().mchid}`);
    expect(query!.headers["content-type"]).toBeUndefined();
    expect(query!.body).toBe("");

    await control.pay(no, { transactionId: "4200000000000000000000000001" });
    const paid = await wechatpay.queryOrder(no);
    expect(paid).toMatchObject({
      trade_state: "SUCCESS",
      trade_type: "NATIVE",
      transaction_id: "4200000000000000000000000001",
      amount: { total: 5990, payer_total: 5990, currency: "CNY" },
    });
    expect(paid.success_time).toMatch(/\+08:00$/);

    const error = await failure(wechatpay.closeOrder(no));
    expect([error.status, error.code]).toEqual([403, "ORDERPAID"]);
  });

  it("closes an unpaid order (204, verified empty body); closing again is ORDER_CLOSED", async () => {
    const no = tradeNo();
    const wechatpay = client();
    await wechatpay.createNativeOrder({ outTradeNo: no, description: "周卡", amountFen: 1990, timeExpire: expires() });
    await expect(wechatpay.closeOrder(no)).resolves.toBeUndefined();
    expect((await wechatpay.queryOrder(no)).trade_state).toBe("CLOSED");
    const error = await failure(wechatpay.closeOrder(no));
    expect([error.status, error.code, error.message]).toEqual([400, "ORDER_CLOSED", "订单已关闭"]);
    const close = (await control.requests(no)).find((r) => r.url.endsWith("/close"));
    expect(JSON.parse(close!.body)).toEqual({ mchid: server().mchid });
  });

  it("an unknown order is 404 ORDER_NOT_EXIST", async () => {
    const error = await failure(client().queryOrder(tradeNo()));
    expect([error.status, error.code]).toEqual([404, "ORDER_NOT_EXIST"]);
  });

  it("refunds a paid order idempotently and queries the refund", async () => {
    const no = tradeNo();
    const wechatpay = client();
    await wechatpay.createNativeOrder({ outTradeNo: no, description: "季卡", amountFen: 14900, timeExpire: expires() });
    await control.pay(no);
    const input = { outTradeNo: no, outRefundNo: `R${no}`, refundFen: 14900, totalFen: 14900, reason: "用户申请退款" };
    const refund = await wechatpay.refund(input);
    expect(refund).toMatchObject({
      out_refund_no: `R${no}`,
      out_trade_no: no,
      status: "PROCESSING",
      amount: { refund: 14900, total: 14900 },
    });
    expect((await wechatpay.refund(input)).refund_id).toBe(refund.refund_id);

    const [request] = (await control.requests(`R${no}`)).filter((r) => r.method === "POST");
    expect(JSON.parse(request!.body)).toEqual({
      out_trade_no: no,
      out_refund_no: `R${no}`,
      reason: "用户申请退款",
      notify_url: `${server().url}/__control/sink`,
      amount: { refund: 14900, total: 14900, currency: "CNY" },
    });

    await control.completeRefund(`R${no}`);
    expect(await wechatpay.queryRefund(`R${no}`)).toMatchObject({ status: "SUCCESS", refund_id: refund.refund_id });
    expect((await wechatpay.queryOrder(no)).trade_state).toBe("REFUND");

    const over = await failure(wechatpay.refund({ ...input, outRefundNo: `S${no}`, refundFen: 1 }));
    expect([over.status, over.code]).toEqual([400, "INVALID_REQUEST"]);
    const unknown = await failure(wechatpay.queryRefund(`X${no}`));
    expect([unknown.status, unknown.code]).toEqual([404, "RESOURCE_NOT_EXISTS"]);
  });

  it("refuses invalid arguments before any request", async () => {
    const wechatpay = client();
    const base = { outTradeNo: tradeNo(), description: "x", amountFen: 100, timeExpire: expires() };
    for (const input of [
      { ...base, outTradeNo: "abc" },
      { ...base, outTradeNo: "has space 123" },
      { ...base, amountFen: 0 },
      { ...base, amountFen: 10.5 },
      { ...base, description: "" },
      { ...base, description: "充值😀" },
      { ...base, description: "x".repeat(128) },
      { ...base, timeExpire: new Date(Number.NaN) },
    ]) {
      expect((await failure(wechatpay.createNativeOrder(input))).code).toBe("INVALID_ARGUMENT");
    }
    expect((await failure(wechatpay.queryOrder("../../x"))).code).toBe("INVALID_ARGUMENT");
    const refund = { outTradeNo: base.outTradeNo, outRefundNo: "R1", refundFen: 200, totalFen: 100 };
    expect((await failure(wechatpay.refund(refund))).code).toBe("INVALID_ARGUMENT");
    expect(await control.requests(base.outTradeNo)).toEqual([]);
  });
});

describe("request authentication", () => {
  it("a request signed with the wrong key gets 401 SIGN_ERROR", async () => {
    const no = tradeNo();
    const wrongKey = client({ privateKey: v.javaMerchantPrivateKey });
    const error = await failure(
      wrongKey.createNativeOrder({ outTradeNo: no, description: "x", amountFen: 100, timeExpire: expires() }),
    );
    expect([error.status, error.code]).toEqual([401, "SIGN_ERROR"]);
    expect((await control.requests(no))[0]!.authError).toBe("signature does not verify");
    // Nothing secret leaks into the error.
    expect(JSON.stringify({ message: error.message, detail: error.detail })).not.toMatch(/PRIVATE KEY|signature="/);
  });

  it("unusable key material is CONFIG_ERROR, before any request", async () => {
    const no = tradeNo();
    const broken = client({ privateKey: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" });
    const error = await failure(
      broken.createNativeOrder({ outTradeNo: no, description: "x", amountFen: 100, timeExpire: expires() }),
    );
    expect([error.status, error.code]).toEqual([0, "CONFIG_ERROR"]);
    expect(await control.requests(no)).toEqual([]);
  });

  it("a wrong merchant serial or mchid gets 401", async () => {
    for (const overrides of [{ serialNo: "5F1C72E2A8931B72A2E13AF8DEE92471EB397115" }, { mchid: "1234567891" }]) {
      const error = await failure(client(overrides).queryOrder(tradeNo()));
      expect([error.status, error.code]).toEqual([401, "SIGN_ERROR"]);
    }
  });

  it("a request from a skewed clock gets 401", async () => {
    const no = tradeNo();
    const skewed = client({}, { now: () => Date.now() - 10 * 60_000 });
    // The same clock would also refuse the (current) answer: only the request side is tested here.
    const error = await failure(skewed.queryOrder(no));
    expect([error.status, error.code]).toEqual([401, "SIGN_ERROR"]);
    expect((await control.requests(no))[0]!.authError).toBe("timestamp outside window");
  });
});

describe("answer verification", () => {
  it.each([
    ["bad-signature", "BAD_SIGNATURE"],
    ["no-signature", "MISSING_HEADERS"],
    ["signtest", "SIGNTEST_PROBE"],
    ["stale-timestamp", "STALE_TIMESTAMP"],
    ["unknown-serial", "UNKNOWN_SERIAL"],
  ] as const)("a 2xx answer with %s is rejected as forged", async (kind, reason) => {
    const no = tradeNo();
    const wechatpay = client();
    await control.fault({ match: no, kind });
    const error = await failure(
      wechatpay.createNativeOrder({ outTradeNo: no, description: "x", amountFen: 100, timeExpire: expires() }),
    );
    expect([error.status, error.code]).toEqual([200, "RESPONSE_SIGNATURE_INVALID"]);
    expect(error.message).toContain(reason);
  });

  it("a forged 204 on close is rejected too", async () => {
    const no = tradeNo();
    const wechatpay = client();
    await wechatpay.createNativeOrder({ outTradeNo: no, description: "x", amountFen: 100, timeExpire: expires() });
    await control.fault({ match: `${no}/close`, kind: "no-signature" });
    const error = await failure(wechatpay.closeOrder(no));
    expect([error.status, error.code]).toEqual([204, "RESPONSE_SIGNATURE_INVALID"]);
  });

  it("answers signed by WeChat Pay are refused when the merchant holds another WeChat Pay key", async () => {
    const wechatpay = client({ publicKey: { id: server().publicKeyId, pem: v.javaWechatPayPublicKey } });
    const error = await failure(wechatpay.queryOrder(tradeNo()));
    // Non-2xx answers are not verified (the official SDKs do the same); the 2xx path is what matters:
    expect(error.code).toBe("ORDER_NOT_EXIST");
    const no = tradeNo();
    const created = await failure(
      wechatpay.createNativeOrder({ outTradeNo: no, description: "x", amountFen: 100, timeExpire: expires() }),
    );
    expect([created.code, created.message]).toEqual([
      "RESPONSE_SIGNATURE_INVALID",
      "createNativeOrder: the answer's signature was rejected (BAD_SIGNATURE)",
    ]);
  });
});

describe("transport", () => {
  it("retries 429 and 5xx, then succeeds with a freshly signed request", async () => {
    const no = tradeNo();
    await control.fault({ match: no, kind: "status", status: 429, code: "RATELIMIT_EXCEEDED", times: 1 });
    await control.fault({ match: no, kind: "status", status: 500, code: "SYSTEM_ERROR", times: 1 });
    const { codeUrl } = await client().createNativeOrder({
      outTradeNo: no,
      description: "x",
      amountFen: 100,
      timeExpire: expires(),
    });
    expect(codeUrl).toMatch(/^weixin:/);
    const requests = await control.requests(no);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.headers.authorization)).size).toBe(3);
  });

  it("gives up after the configured retries with WeChat's error", async () => {
    const no = tradeNo();
    await control.fault({
      match: no,
      kind: "status",
      status: 429,
      code: "RATELIMIT_EXCEEDED",
      message: "频率超限",
      times: 5,
    });
    const error = await failure(client({}, { retries: 1 }).queryOrder(no));
    expect([error.status, error.code, error.message]).toEqual([429, "RATELIMIT_EXCEEDED", "频率超限"]);
    expect(await control.requests(no)).toHaveLength(2);
  });

  it("does not retry a 4xx", async () => {
    const no = tradeNo();
    await control.fault({ match: no, kind: "status", status: 400, code: "PARAM_ERROR", times: 5 });
    expect((await failure(client().queryOrder(no))).code).toBe("PARAM_ERROR");
    expect(await control.requests(no)).toHaveLength(1);
  });

  it("times out", async () => {
    const no = tradeNo();
    await control.fault({ match: no, kind: "delay", delayMs: 1500, times: 1 });
    const error = await failure(client({}, { timeoutMs: 200, retries: 0 }).queryOrder(no));
    expect([error.status, error.code]).toEqual([0, "TIMEOUT"]);
  });

  it("a network failure is NETWORK_ERROR", async () => {
    const error = await failure(client({ apiBase: "http://127.0.0.1:9" }, { retries: 0 }).queryOrder(tradeNo()));
    expect([error.status, error.code]).toEqual([0, "NETWORK_ERROR"]);
  });

  it("uses an injected fetch and every URL from the API base", async () => {
    const seen: string[] = [];
    const wechatpay = client(
      { apiBase: "https://api2.mch.weixin.qq.com" },
      {
        fetch: async (input: RequestInfo | URL) => {
          seen.push(String(input));
          return new Response(JSON.stringify({ code: "SYSTEM_ERROR", message: "x" }), { status: 400 });
        },
      },
    );
    await failure(wechatpay.queryRefund("R-1"));
    expect(seen).toEqual(["https://api2.mch.weixin.qq.com/v3/refund/domestic/refunds/R-1"]);
  });
});

describe("notifications from the loopback server", () => {
  it("a payment notification delivered to the notify URL verifies and decrypts with the merchant's keys", async () => {
    const no = tradeNo();
    const wechatpay = client();
    await wechatpay.createNativeOrder({ outTradeNo: no, description: "充值", amountFen: 2000, timeExpire: expires() });
    const paid = await control.pay(no, { deliver: true });
    expect(paid.delivery?.status).toBe(204);

    const [received] = await control.sink(paid.notification.body.slice(-40));
    expect(received!.body).toBe(paid.notification.body);
    const parsed = await wechatpay.parseNotification({ headers: received!.headers, body: received!.body });
    expect(parsed.kind).toBe("transaction");
    expect(parsed.event.event_type).toBe("TRANSACTION.SUCCESS");
    expect(parsed.resource).toMatchObject({
      out_trade_no: no,
      trade_state: "SUCCESS",
      mchid: server().mchid,
      appid: server().appid,
      amount: { total: 2000, payer_total: 2000 },
    });
    expect(parsed.resource).toEqual(await wechatpay.queryOrder(no));
  });

  it("a refund notification parses as a refund", async () => {
    const no = tradeNo();
    const wechatpay = client();
    await wechatpay.createNativeOrder({ outTradeNo: no, description: "充值", amountFen: 2000, timeExpire: expires() });
    await control.pay(no);
    await wechatpay.refund({ outTradeNo: no, outRefundNo: `R${no}`, refundFen: 500, totalFen: 2000 });
    const { notification } = await control.completeRefund(`R${no}`);
    const parsed = await wechatpay.parseNotification(notification);
    expect(parsed).toMatchObject({
      kind: "refund",
      resource: { out_refund_no: `R${no}`, refund_status: "SUCCESS", amount: { refund: 500, total: 2000 } },
    });
  });

  it("a notification is refused by a verifier with another key", async () => {
    const no = tradeNo();
    await client().createNativeOrder({ outTradeNo: no, description: "充值", amountFen: 2000, timeExpire: expires() });
    const { notification } = await control.pay(no);
    const other = await client({ publicKey: { id: server().publicKeyId, pem: v.javaWechatPayPublicKey } }).verifier();
    const error = await parseNotification(notification, { verifier: other, apiV3Key: server().apiV3Key }).catch(
      (e) => e,
    );
    expect([error.code, error.reason]).toEqual(["SIGNATURE_INVALID", "BAD_SIGNATURE"]);
  });
});

describe("loadWechatPayConfig", () => {
  it("is null when WeChat Pay is not configured (the test Worker's own env)", async () => {
    const { env } = await import("cloudflare:test");
    expect(loadWechatPayConfig(env)).toBeNull();
    expect(
      loadWechatPayConfig({ WECHATPAY_API_BASE: "https://api.mch.weixin.qq.com", WECHATPAY_MCHID: " " }),
    ).toBeNull();
  });

  it("reads a complete public-key configuration that works against the server", async () => {
    const config = loadWechatPayConfig(loopbackEnv());
    expect(config).toMatchObject({
      mchid: server().mchid,
      apiBase: server().url,
      publicKey: { id: server().publicKeyId },
    });
    const no = tradeNo();
    await createWechatPayClient(config!).createNativeOrder({
      outTradeNo: no,
      description: "x",
      amountFen: 100,
      timeExpire: expires(),
    });
  });

  it("defaults the API base and reads platform certificates", () => {
    const {
      WECHATPAY_PUBLIC_KEY: _key,
      WECHATPAY_PUBLIC_KEY_ID: _id,
      WECHATPAY_API_BASE: _base,
      ...rest
    } = loopbackEnv();
    const config = loadWechatPayConfig({
      ...rest,
      WECHATPAY_PLATFORM_CERTIFICATES: `${v.goWechatpayCert}\n${v.javaWechatPayCertificate}`,
    });
    expect(config?.apiBase).toBe("https://api.mch.weixin.qq.com");
    expect(config?.platformCertificates).toHaveLength(2);
    expect(config?.publicKey).toBeUndefined();
  });

  it.each([
    ["a missing private key", { WECHATPAY_PRIVATE_KEY: "" }, "missing WECHATPAY_PRIVATE_KEY"],
    ["a short APIv3 key", { WECHATPAY_APIV3_KEY: "short" }, "32 bytes"],
    ["a public key without its ID", { WECHATPAY_PUBLIC_KEY_ID: "" }, "go together"],
    ["a malformed public key ID", { WECHATPAY_PUBLIC_KEY_ID: "F5765756002FDD77" }, "PUB_KEY_ID_"],
    ["no verification key", { WECHATPAY_PUBLIC_KEY: "", WECHATPAY_PUBLIC_KEY_ID: "" }, "platform certificates"],
    ["a notify URL with a query", { WECHATPAY_NOTIFY_URL: "https://zhimai.example.com/notify?x=1" }, "without query"],
  ])("throws on %s, naming variables but no values", (_name, overrides, message) => {
    const envVars = { ...loopbackEnv(), ...overrides };
    const error = (() => {
      try {
        loadWechatPayConfig(envVars);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain(server().apiV3Key);
    expect(error?.message).not.toContain("PRIVATE KEY");
  });
});
