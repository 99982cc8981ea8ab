import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../helpers";
import { Browser, mailCount, mailedToken, newerToken, PASSWORD, uniqueEmail } from "./support";

type UserBody = { user: { id: string; email: string; emailVerified: boolean; inviteCode: string; role: string } };

describe("register → verify → login → me → logout", () => {
  it("follows the mailed link to a verified, signed-in account", async () => {
    const browser = new Browser();
    const email = uniqueEmail("Happy").toUpperCase();
    const res = await browser.post("/auth/register", { email, password: PASSWORD, name: "小王", locale: "en" });
    expect(res.status).toBe(201);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    const { user } = (await res.json()) as UserBody;
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      name: "小王",
      role: "user",
      emailVerified: false,
      tier: "normal",
      pointsBalance: 0,
      totalPaidFen: 0,
      membership: null,
      locale: "en",
    });
    expect(user.inviteCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);

    const token = await mailedToken(email.toLowerCase(), "/verify-email");
    const verified = await browser.post("/auth/verify-email", { token });
    expect(verified.status).toBe(200);
    expect(((await verified.json()) as UserBody).user.emailVerified).toBe(true);

    const login = await browser.post("/auth/login", { email, password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^zm_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).not.toMatch(/Secure/); // development and tests run on http://localhost

    const me = await browser.get("/me");
    expect(me.status).toBe(200);
    expect(((await me.json()) as UserBody).user).toMatchObject({ id: user.id, emailVerified: true });

    // Only the hash is stored.
    const stored = await env.DB.prepare("SELECT token_hash AS h FROM sessions WHERE user_id = ?")
      .bind(user.id)
      .first<{ h: string }>();
    expect(stored?.h).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.h).not.toContain(browser.cookie);

    const logout = await browser.post("/auth/logout");
    expect(logout.status).toBe(204);
    expect(logout.headers.get("Set-Cookie")).toMatch(/zm_session=;.*Max-Age=0/);
    const sessions = await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?")
      .bind(user.id)
      .first<{ n: number }>();
    expect(sessions?.n).toBe(0);
    expect((await new Browser().post("/auth/logout")).status).toBe(204);
  });

  it("answers 401 UNAUTHENTICATED on /me without a session, and after logout with the old cookie", async () => {
    const anonymous = new Browser();
    expect((await errorOf(await anonymous.get("/me"))).code).toBe("UNAUTHENTICATED");
    anonymous.cookie = "A".repeat(43);
    const res = await anonymous.get("/me");
    expect(res.status).toBe(401);
    expect(res.headers.get("Set-Cookie")).toMatch(/zm_session=;/);
  });
});

describe("register", () => {
  it("refuses a taken email with 409 EMAIL_TAKEN, whatever its case", async () => {
    const email = uniqueEmail();
    expect((await new Browser().post("/auth/register", { email, password: PASSWORD })).status).toBe(201);
    const again = await new Browser().post("/auth/register", { email: email.toUpperCase(), password: PASSWORD });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe("EMAIL_TAKEN");
  });

  it("creates exactly one account when the same email registers five times at once", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => new Browser().post("/auth/register", { email, password: PASSWORD })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const res of results.filter((r) => r.status === 409)) expect((await errorOf(res)).code).toBe("EMAIL_TAKEN");
    const row = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE email = ?")
      .bind(email)
      .first<{ n: number }>();
    expect(row?.n).toBe(1);
  });

  it("refuses short, long and common passwords with a field message", async () => {
    const browser = new Browser();
    const short = await browser.post("/auth/register", { email: uniqueEmail(), password: "a1b2c3" });
    expect(short.status).toBe(400);
    const shortError = await errorOf(short);
    expect(shortError.code).toBe("VALIDATION_FAILED");
    expect(shortError.details).toEqual([expect.objectContaining({ path: "password", message: "密码至少 8 个字符。" })]);

    const long = await browser.post("/auth/register", { email: uniqueEmail(), password: "x".repeat(129) });
    expect((await errorOf(long)).details).toEqual([expect.objectContaining({ path: "password" })]);

    for (const password of ["woaini1314", "QQ123456", "password123"]) {
      const email = uniqueEmail();
      const res = await browser.post("/auth/register", { email, password }, { "Accept-Language": "en" });
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.details).toEqual([
        {
          path: "password",
          message: "This password is too common. Choose one that is harder to guess.",
          code: "custom",
        },
      ]);
      const row = await env.DB.prepare("SELECT 1 AS x FROM users WHERE email = ?").bind(email).first();
      expect(row).toBeNull();
    }
  });

  it("refuses an invalid email with a field message", async () => {
    const res = await new Browser().post("/auth/register", { email: "not-an-email", password: PASSWORD });
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([expect.objectContaining({ path: "email", message: "请输入有效的邮箱地址。" })]);
  });

  it("records who invited whom, and refuses an unknown invite code", async () => {
    const inviter = (await (
      await new Browser().post("/auth/register", { email: uniqueEmail(), password: PASSWORD })
    ).json()) as UserBody;
    const res = await new Browser().post("/auth/register", {
      email: uniqueEmail(),
      password: PASSWORD,
      inviteCode: inviter.user.inviteCode.toLowerCase(),
    });
    expect(res.status).toBe(201);
    const invitee = (await res.json()) as UserBody;
    expect(invitee.user.inviteCode).not.toBe(inviter.user.inviteCode);
    const row = await env.DB.prepare("SELECT invited_by_user_id AS by FROM users WHERE id = ?")
      .bind(invitee.user.id)
      .first<{ by: string }>();
    expect(row?.by).toBe(inviter.user.id);

    const email = uniqueEmail();
    const unknown = await new Browser().post("/auth/register", { email, password: PASSWORD, inviteCode: "NOSUCH99" });
    expect(unknown.status).toBe(400);
    const error = await errorOf(unknown);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([{ path: "inviteCode", message: "邀请码不存在。", code: "custom" }]);
    expect(await env.DB.prepare("SELECT 1 AS x FROM users WHERE email = ?").bind(email).first()).toBeNull();
  });

  it("limits sign-ups per IP: 429 RATE_LIMITED with Retry-After", async () => {
    const browser = new Browser();
    // Refused sign-ups count too (a malformed body is refused before any work and does not).
    for (let i = 0; i < 5; i++) {
      expect((await browser.post("/auth/register", { email: uniqueEmail(), password: "password123" })).status).toBe(
        400,
      );
    }
    const res = await browser.post("/auth/register", { email: uniqueEmail(), password: PASSWORD });
    expect(res.status).toBe(429);
    expect((await errorOf(res)).code).toBe("RATE_LIMITED");
    const retryAfter = Number(res.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
  });
});

describe("verify-email", () => {
  async function registered() {
    const browser = new Browser();
    const email = uniqueEmail();
    await browser.post("/auth/register", { email, password: PASSWORD });
    return { browser, email, token: await mailedToken(email, "/verify-email") };
  }

  it("answers 400 TOKEN_INVALID for an unknown token", async () => {
    const res = await new Browser().post("/auth/verify-email", { token: "x".repeat(43) });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("TOKEN_INVALID");
  });

  it("accepts a token once", async () => {
    const { browser, token } = await registered();
    expect((await browser.post("/auth/verify-email", { token })).status).toBe(200);
    const again = await browser.post("/auth/verify-email", { token });
    expect(again.status).toBe(400);
    expect((await errorOf(again)).code).toBe("TOKEN_INVALID");
  });

  it("accepts a token once even when used concurrently", async () => {
    const { browser, token } = await registered();
    const results = await Promise.all(Array.from({ length: 4 }, () => browser.post("/auth/verify-email", { token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400, 400]);
  });

  it("refuses an expired token", async () => {
    const { browser, email, token } = await registered();
    await env.DB.prepare(
      "UPDATE email_tokens SET expires_at = ? WHERE user_id = (SELECT id FROM users WHERE email = ?)",
    )
      .bind(Date.now() - 1000, email)
      .run();
    const res = await browser.post("/auth/verify-email", { token });
    expect((await errorOf(res)).code).toBe("TOKEN_INVALID");
  });

  it("refuses a reset token for verification", async () => {
    const { browser, email } = await registered();
    await browser.post("/auth/password/forgot", { email });
    const reset = await mailedToken(email, "/reset-password");
    expect((await errorOf(await browser.post("/auth/verify-email", { token: reset }))).code).toBe("TOKEN_INVALID");
  });
});

describe("resend-verification", () => {
  it("answers 202 with the same empty body for known and unknown emails", async () => {
    const browser = new Browser();
    const email = uniqueEmail();
    await browser.post("/auth/register", { email, password: PASSWORD });
    const known = await browser.post("/auth/resend-verification", { email });
    const unknown = await browser.post("/auth/resend-verification", { email: uniqueEmail("ghost") });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.text()).toBe(await unknown.text());
  });

  it("sends a new link at most once a minute, and the new link replaces the old one", async () => {
    const browser = new Browser();
    const email = uniqueEmail();
    await browser.post("/auth/register", { email, password: PASSWORD });
    const first = await mailedToken(email, "/verify-email");

    // Within the cooldown: accepted, silently nothing sent (checked below: only two mails in all).
    expect((await browser.post("/auth/resend-verification", { email })).status).toBe(202);

    await env.DB.prepare(
      "UPDATE email_tokens SET created_at = created_at - 61000 WHERE user_id = (SELECT id FROM users WHERE email = ?)",
    )
      .bind(email)
      .run();
    expect((await browser.post("/auth/resend-verification", { email })).status).toBe(202);
    const second = await newerToken(email, "/verify-email", first);
    expect(second).not.toBe(first);
    expect(await mailCount(email)).toBe(2);
    expect((await errorOf(await browser.post("/auth/verify-email", { token: first }))).code).toBe("TOKEN_INVALID");
    expect((await browser.post("/auth/verify-email", { token: second })).status).toBe(200);

    // Verified accounts get nothing more.
    const before = await mailCount(email);
    await env.DB.prepare(
      "UPDATE email_tokens SET created_at = created_at - 61000 WHERE user_id = (SELECT id FROM users WHERE email = ?)",
    )
      .bind(email)
      .run();
    expect((await browser.post("/auth/resend-verification", { email })).status).toBe(202);
    // A later mail (the reset link) proves the resend's background work is done: it added nothing.
    await browser.post("/auth/password/forgot", { email });
    await mailedToken(email, "/reset-password");
    expect(await mailCount(email)).toBe(before + 1);
  });

  it("limits resends per email: 429 RATE_LIMITED with Retry-After", async () => {
    const email = uniqueEmail("ghost");
    for (let i = 0; i < 5; i++) {
      expect((await new Browser().post("/auth/resend-verification", { email })).status).toBe(202);
    }
    const res = await new Browser().post("/auth/resend-verification", { email });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});
