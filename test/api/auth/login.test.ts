import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../helpers";
import { Browser, PASSWORD, uniqueEmail, verifiedAccount } from "./support";

const lockState = (email: string) =>
  env.DB.prepare("SELECT failed_login_count AS failures, locked_until AS lockedUntil FROM users WHERE email = ?")
    .bind(email)
    .first<{ failures: number; lockedUntil: number | null }>();

const unlock = (email: string) =>
  env.DB.prepare("UPDATE users SET locked_until = ? WHERE email = ?")
    .bind(Date.now() - 1, email)
    .run();

describe("login", () => {
  it("answers unknown email and wrong password with the identical 401 INVALID_CREDENTIALS", async () => {
    const { email } = await verifiedAccount();
    const browser = new Browser();
    const wrong = await browser.post("/auth/login", { email, password: "Wrong-password-1" });
    const unknown = await browser.post("/auth/login", { email: uniqueEmail("ghost"), password: "Wrong-password-1" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual(b);
    expect(a).toEqual({ error: { code: "INVALID_CREDENTIALS", message: "邮箱或密码不正确。" } });
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
  });

  it("spends similar time on unknown emails as on wrong passwords (a dummy hash is verified)", async () => {
    const { email } = await verifiedAccount();
    const browser = new Browser();
    const time = async (body: unknown) => {
      const started = performance.now();
      await browser.post("/auth/login", body);
      return performance.now() - started;
    };
    // Warm up, then compare medians: the unknown email must not skip the PBKDF2 work.
    await time({ email, password: "Wrong-password-1" });
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time({ email, password: `Wrong-password-${i}` }));
      unknown.push(await time({ email: uniqueEmail("ghost"), password: "Wrong-password-1" }));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1] as number;
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it("answers 403 EMAIL_NOT_VERIFIED only after a correct password", async () => {
    const browser = new Browser();
    const email = uniqueEmail();
    await browser.post("/auth/register", { email, password: PASSWORD });
    const wrong = await browser.post("/auth/login", { email, password: "Wrong-password-1" });
    expect((await errorOf(wrong)).code).toBe("INVALID_CREDENTIALS");
    const right = await browser.post("/auth/login", { email, password: PASSWORD });
    expect(right.status).toBe(403);
    expect((await errorOf(right)).code).toBe("EMAIL_NOT_VERIFIED");
    expect(right.headers.get("Set-Cookie")).toBeNull();
    expect((await lockState(email))?.failures).toBe(0);
  });

  it("locks an account after 5 wrong passwords, growing the lockout, also against the right password", async () => {
    const { email } = await verifiedAccount();
    const browser = new Browser();
    for (let i = 0; i < 5; i++) {
      expect((await browser.post("/auth/login", { email, password: `Wrong-password-${i}` })).status).toBe(401);
    }
    const locked = await browser.post("/auth/login", { email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect((await errorOf(locked)).code).toBe("RATE_LIMITED");
    const first = Number(locked.headers.get("Retry-After"));
    expect(first).toBeGreaterThan(50);
    expect(first).toBeLessThanOrEqual(60);
    // From another IP too: the lockout belongs to the account.
    expect((await new Browser().post("/auth/login", { email, password: PASSWORD })).status).toBe(429);

    await unlock(email);
    expect((await browser.post("/auth/login", { email, password: "Wrong-password-9" })).status).toBe(401);
    const again = await browser.post("/auth/login", { email, password: PASSWORD });
    expect(again.status).toBe(429);
    const second = Number(again.headers.get("Retry-After"));
    expect(second).toBeGreaterThan(110);
    expect(second).toBeLessThanOrEqual(120);
    expect((await lockState(email))?.failures).toBe(6);

    await unlock(email);
    expect((await browser.post("/auth/login", { email, password: PASSWORD })).status).toBe(200);
    expect(await lockState(email)).toEqual({ failures: 0, lockedUntil: null });
  });

  it("caps the lockout at one hour", async () => {
    const { email } = await verifiedAccount();
    await env.DB.prepare("UPDATE users SET failed_login_count = 40 WHERE email = ?").bind(email).run();
    expect((await new Browser().post("/auth/login", { email, password: "Wrong-password-1" })).status).toBe(401);
    const res = await new Browser().post("/auth/login", { email, password: PASSWORD });
    expect(Number(res.headers.get("Retry-After"))).toBe(3600);
  });

  it("locks unknown emails the same way, so lockout does not reveal which accounts exist", async () => {
    const email = uniqueEmail("ghost");
    const browser = new Browser();
    for (let i = 0; i < 5; i++) {
      expect((await browser.post("/auth/login", { email, password: `Wrong-password-${i}` })).status).toBe(401);
    }
    const res = await browser.post("/auth/login", { email, password: PASSWORD });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(50);
  });

  it("limits attempts per IP: 429 RATE_LIMITED with Retry-After", async () => {
    const browser = new Browser();
    const results = await Promise.all(
      Array.from({ length: 11 }, () => browser.post("/auth/login", { email: uniqueEmail("ghost"), password: "x" })),
    );
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => r.status === 401).length).toBeLessThanOrEqual(10);
    expect(Number(limited[0]?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await errorOf(limited[0] as Response)).code).toBe("RATE_LIMITED");
  });

  it("rehashes a password stored with weaker parameters on a successful login", async () => {
    const { email } = await verifiedAccount();
    const weak = await legacyHash(PASSWORD, env.AUTH_PEPPER, 10_000);
    await env.DB.prepare("UPDATE users SET password_hash = ? WHERE email = ?").bind(weak, email).run();
    expect((await new Browser().post("/auth/login", { email, password: PASSWORD })).status).toBe(200);
    const row = await env.DB.prepare("SELECT password_hash AS h FROM users WHERE email = ?")
      .bind(email)
      .first<{ h: string }>();
    expect(row?.h).toMatch(/^pbkdf2-sha256\$v1\$100000\$/);
    expect((await new Browser().post("/auth/login", { email, password: PASSWORD })).status).toBe(200);
  });

  it("opens a new session with a new token on every login", async () => {
    const { email } = await verifiedAccount();
    const a = new Browser();
    const b = new Browser();
    await a.post("/auth/login", { email, password: PASSWORD });
    await b.post("/auth/login", { email, password: PASSWORD });
    expect(a.cookie).not.toBe(b.cookie);
    expect((await a.get("/me")).status).toBe(200);
    expect((await b.get("/me")).status).toBe(200);
  });
});

/** A stored hash in today's format but with fewer iterations, as an older release would have written it. */
async function legacyHash(password: string, pepper: string, iterations: number): Promise<string> {
  const enc = new TextEncoder();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hmac = await crypto.subtle.importKey("raw", enc.encode(pepper), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const peppered = await crypto.subtle.sign("HMAC", hmac, enc.encode(password));
  const base = await crypto.subtle.importKey("raw", peppered, "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, base, 256);
  const b64 = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
  return `pbkdf2-sha256$v1$${iterations}$${b64(salt)}$${b64(new Uint8Array(bits))}`;
}
