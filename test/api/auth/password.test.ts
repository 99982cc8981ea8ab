import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { errorOf, eventually } from "../../helpers";
import {
  Browser,
  mailCount,
  mailedToken,
  newerToken,
  PASSWORD,
  signedIn,
  uniqueEmail,
  verifiedAccount,
} from "./support";

const NEW_PASSWORD = "Brand-new-Secret-7";

const sessionCount = (userId: string) =>
  env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?")
    .bind(userId)
    .first<{ n: number }>()
    .then((row) => row?.n);

describe("password/forgot", () => {
  it("answers 202 with identical bodies for known and unknown emails, and mails only the known one", async () => {
    const { email } = await verifiedAccount();
    const ghost = uniqueEmail("ghost");
    const browser = new Browser();
    const known = await browser.post("/auth/password/forgot", { email });
    const unknown = await browser.post("/auth/password/forgot", { email: ghost });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.text()).toBe(await unknown.text());
    const token = await mailedToken(email, "/reset-password");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await mailCount(ghost)).toBe(0);
  });

  it("limits requests per email: 429 RATE_LIMITED with Retry-After", async () => {
    const email = uniqueEmail("ghost");
    for (let i = 0; i < 5; i++) expect((await new Browser().post("/auth/password/forgot", { email })).status).toBe(202);
    const res = await new Browser().post("/auth/password/forgot", { email });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

describe("password/reset", () => {
  it("sets the new password, ends every session and does not sign in", async () => {
    const { email, id, browser: laptop } = await signedIn();
    const phone = new Browser();
    await phone.post("/auth/login", { email, password: PASSWORD });
    expect(await sessionCount(id)).toBe(2);

    const stranger = new Browser();
    await stranger.post("/auth/password/forgot", { email });
    const token = await mailedToken(email, "/reset-password");
    const res = await stranger.post("/auth/password/reset", { token, password: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("Set-Cookie")).toBeNull();

    expect(await sessionCount(id)).toBe(0);
    expect((await laptop.get("/me")).status).toBe(401);
    expect((await phone.get("/me")).status).toBe(401);
    expect((await errorOf(await stranger.post("/auth/login", { email, password: PASSWORD }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
    expect((await stranger.post("/auth/login", { email, password: NEW_PASSWORD })).status).toBe(200);
  });

  it("accepts a reset token once; a newer request invalidates the older link", async () => {
    const { email } = await verifiedAccount();
    const browser = new Browser();
    await browser.post("/auth/password/forgot", { email });
    const first = await mailedToken(email, "/reset-password");
    await browser.post("/auth/password/forgot", { email });
    const second = await newerToken(email, "/reset-password", first);
    expect(
      (await errorOf(await browser.post("/auth/password/reset", { token: first, password: NEW_PASSWORD }))).code,
    ).toBe("TOKEN_INVALID");
    expect((await browser.post("/auth/password/reset", { token: second, password: NEW_PASSWORD })).status).toBe(200);
    const again = await browser.post("/auth/password/reset", { token: second, password: "Another-Secret-8" });
    expect(again.status).toBe(400);
    expect((await errorOf(again)).code).toBe("TOKEN_INVALID");
  });

  it("refuses an expired token and does not spend a token on a refused password", async () => {
    const { email } = await verifiedAccount();
    const browser = new Browser();
    await browser.post("/auth/password/forgot", { email });
    const token = await mailedToken(email, "/reset-password");

    const common = await browser.post("/auth/password/reset", { token, password: "qq123456" });
    expect(common.status).toBe(400);
    expect((await errorOf(common)).details).toEqual([expect.objectContaining({ path: "password" })]);

    await env.DB.prepare(
      "UPDATE email_tokens SET expires_at = ? WHERE purpose = 'reset' AND user_id = (SELECT id FROM users WHERE email = ?)",
    )
      .bind(Date.now() - 1, email)
      .run();
    const expired = await browser.post("/auth/password/reset", { token, password: NEW_PASSWORD });
    expect((await errorOf(expired)).code).toBe("TOKEN_INVALID");
  });

  it("refuses a verification token and a malformed one", async () => {
    const browser = new Browser();
    const email = uniqueEmail();
    await browser.post("/auth/register", { email, password: PASSWORD });
    const verify = await mailedToken(email, "/verify-email");
    const res = await browser.post("/auth/password/reset", { token: verify, password: NEW_PASSWORD });
    expect((await errorOf(res)).code).toBe("TOKEN_INVALID");
    const short = await browser.post("/auth/password/reset", { token: "short", password: NEW_PASSWORD });
    expect((await errorOf(short)).code).toBe("VALIDATION_FAILED");
  });
});

describe("password/change", () => {
  it("needs the current password; ends the other sessions only and renews this session's token", async () => {
    const { email, id, browser: laptop } = await signedIn();
    const phone = new Browser();
    await phone.post("/auth/login", { email, password: PASSWORD });
    const oldCookie = laptop.cookie;

    const wrong = await laptop.post("/auth/password/change", {
      currentPassword: "nope-nope",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    const error = await errorOf(wrong);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([{ path: "currentPassword", message: "当前密码不正确。", code: "custom" }]);

    const common = await laptop.post("/auth/password/change", {
      currentPassword: PASSWORD,
      newPassword: "password1234",
    });
    expect((await errorOf(common)).details).toEqual([expect.objectContaining({ path: "newPassword" })]);

    const mailsBefore = await mailCount(email);
    const res = await laptop.post("/auth/password/change", { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { id: string } }).user.id).toBe(id);
    expect(laptop.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(laptop.cookie).not.toBe(oldCookie);

    expect((await laptop.get("/me")).status).toBe(200);
    expect((await phone.get("/me")).status).toBe(401);
    const stale = new Browser();
    stale.cookie = oldCookie;
    expect((await stale.get("/me")).status).toBe(401);
    expect(await sessionCount(id)).toBe(1);

    expect((await new Browser().post("/auth/login", { email, password: NEW_PASSWORD })).status).toBe(200);
    // A "your password was changed" notice goes out.
    await eventually(async () => (await mailCount(email)) === mailsBefore + 1);
    const notice = await env.DB.prepare(
      "SELECT template FROM email_outbox WHERE to_address = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
    )
      .bind(email)
      .first<{ template: string }>();
    expect(notice?.template).toBe("password-changed");
  });

  it("limits guesses of the current password per account: 429 RATE_LIMITED", async () => {
    const { browser } = await signedIn();
    const guess = (i: number) =>
      browser.post("/auth/password/change", { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD });
    for (let i = 0; i < 10; i++) expect((await guess(i)).status).toBe(400);
    const res = await guess(10);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("answers 401 UNAUTHENTICATED without a session", async () => {
    const res = await new Browser().post("/auth/password/change", {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("UNAUTHENTICATED");
  });
});
