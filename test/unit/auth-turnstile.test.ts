import { describe, expect, it } from "vitest";
import { TURNSTILE_VERIFY_URL, verifyTurnstile } from "../../worker/lib/turnstile";

const answer = (body: unknown, status = 200) => (async () => Response.json(body, { status })) as typeof fetch;

describe("verifyTurnstile", () => {
  it("passes only on {success: true}", async () => {
    expect(await verifyTurnstile({ secret: "s", token: "t", fetch: answer({ success: true }) })).toBe(true);
    expect(await verifyTurnstile({ secret: "s", token: "t", fetch: answer({ success: false }) })).toBe(false);
    expect(await verifyTurnstile({ secret: "s", token: "t", fetch: answer({}) })).toBe(false);
    expect(await verifyTurnstile({ secret: "s", token: "t", fetch: answer({ success: true }, 500) })).toBe(false);
  });

  it("fails without a token (and does not call out) or when the network fails", async () => {
    let called = false;
    const spy = (async () => {
      called = true;
      return Response.json({ success: true });
    }) as typeof fetch;
    expect(await verifyTurnstile({ secret: "s", token: undefined, fetch: spy })).toBe(false);
    expect(called).toBe(false);
    const broken = (async () => {
      throw new TypeError("network down");
    }) as typeof fetch;
    expect(await verifyTurnstile({ secret: "s", token: "t", fetch: broken })).toBe(false);
  });

  it("posts secret, response and remoteip to the configured endpoint", async () => {
    let seen: { url: string; form: FormData } | undefined;
    const capture = (async (url: string, init: RequestInit) => {
      seen = { url, form: init.body as FormData };
      return Response.json({ success: true });
    }) as unknown as typeof fetch;
    await verifyTurnstile({ secret: "sec", token: "tok", ip: "1.2.3.4", fetch: capture });
    expect(seen?.url).toBe(TURNSTILE_VERIFY_URL);
    expect(seen?.form.get("secret")).toBe("sec");
    expect(seen?.form.get("response")).toBe("tok");
    expect(seen?.form.get("remoteip")).toBe("1.2.3.4");
    await verifyTurnstile({ secret: "sec", token: "tok", verifyUrl: "http://stub.test/verify", fetch: capture });
    expect(seen?.url).toBe("http://stub.test/verify");
  });
});
