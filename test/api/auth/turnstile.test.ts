import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../../worker/app";
import { TURNSTILE_VERIFY_URL } from "../../../worker/lib/turnstile";
import { errorOf, ORIGIN } from "../../helpers";
import { PASSWORD, uniqueEmail, uniqueIp } from "./support";

/** The app with Turnstile switched on (the test pool's own bindings leave it off). */
const withTurnstile = { ...env, TURNSTILE_SECRET: "test-secret", TURNSTILE_SITE_KEY: "0x-test-site-key" };

const post = (path: string, json: unknown) =>
  createApp().request(
    `/api/v1${path}`,
    {
      method: "POST",
      body: JSON.stringify(json),
      headers: { "Content-Type": "application/json", Origin: ORIGIN, "CF-Connecting-IP": uniqueIp() },
    },
    withTurnstile,
  );

afterEach(() => vi.restoreAllMocks());

describe("Turnstile", () => {
  it("is off without a secret: GET /auth/config has no site key and forms need no token", async () => {
    const res = await createApp().request("/api/v1/auth/config", {}, env);
    expect(await res.json()).toEqual({ turnstileSiteKey: null });
  });

  it("publishes the site key when configured", async () => {
    const res = await createApp().request("/api/v1/auth/config", {}, withTurnstile);
    expect(await res.json()).toEqual({ turnstileSiteKey: "0x-test-site-key" });
  });

  it("refuses register and forgot without a token: 400 TURNSTILE_FAILED", async () => {
    const spy = vi.spyOn(globalThis, "fetch");
    const register = await post("/auth/register", { email: uniqueEmail(), password: PASSWORD });
    expect(register.status).toBe(400);
    expect((await errorOf(register)).code).toBe("TURNSTILE_FAILED");
    const forgot = await post("/auth/password/forgot", { email: uniqueEmail() });
    expect((await errorOf(forgot)).code).toBe("TURNSTILE_FAILED");
    expect(spy).not.toHaveBeenCalled();
  });

  it("asks siteverify and follows its answer", async () => {
    const answers = [false, true];
    const spy = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async () => Response.json({ success: answers.shift() }));
    const email = uniqueEmail();
    const refused = await post("/auth/register", { email, password: PASSWORD, turnstileToken: "bad-token" });
    expect((await errorOf(refused)).code).toBe("TURNSTILE_FAILED");
    const accepted = await post("/auth/register", { email, password: PASSWORD, turnstileToken: "good-token" });
    expect(accepted.status).toBe(201);

    const [url, init] = spy.mock.calls[1] as [string, RequestInit];
    expect(url).toBe(TURNSTILE_VERIFY_URL);
    const form = init.body as FormData;
    expect(form.get("secret")).toBe("test-secret");
    expect(form.get("response")).toBe("good-token");
    expect(form.get("remoteip")).toMatch(/^10\./);
  });
});
