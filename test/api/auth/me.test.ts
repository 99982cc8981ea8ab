import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, errorOf, ORIGIN } from "../../helpers";
import { Browser, PASSWORD, rowsRead, signedIn } from "./support";

type SessionItem = {
  id: string;
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

const listSessions = async (browser: Browser) =>
  ((await (await browser.get("/me/sessions")).json()) as { items: SessionItem[]; nextCursor: null }).items;

describe("GET /me", () => {
  it("reads the same number of D1 rows with 1 or 50 more users (one indexed join)", async () => {
    const { browser } = await signedIn();
    const before = await browser.get("/me");
    expect(before.status).toBe(200);
    const rows = rowsRead(before);

    const insert = env.DB.prepare("INSERT INTO users (id, email, password_hash, invite_code) VALUES (?, ?, 'x', ?)");
    await env.DB.batch(
      Array.from({ length: 50 }, () => {
        const id = crypto.randomUUID();
        return insert.bind(id, `bulk-${id}@example.com`, id.slice(0, 16));
      }),
    );
    const after = await browser.get("/me");
    expect(after.status).toBe(200);
    expect(rowsRead(after)).toBe(rows);
    expect(rows).toBeLessThanOrEqual(4);
  });

  it("slides the session expiry at most once an hour", async () => {
    const { browser, id } = await signedIn();
    expect((await browser.get("/me")).headers.get("Set-Cookie")).toBeNull();
    const twoHoursAgo = Date.now() - 2 * 3600_000;
    await env.DB.prepare("UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE user_id = ?")
      .bind(twoHoursAgo, Date.now() + 3600_000, id)
      .run();
    const res = await browser.get("/me");
    expect(res.headers.get("Set-Cookie")).toMatch(/Max-Age=259\d{4}/);
    const row = await env.DB.prepare("SELECT last_seen_at AS seen, expires_at AS exp FROM sessions WHERE user_id = ?")
      .bind(id)
      .first<{ seen: number; exp: number }>();
    expect(row?.seen).toBeGreaterThan(Date.now() - 60_000);
    expect(row?.exp).toBeGreaterThan(Date.now() + 29 * 86400_000);
  });

  it("refuses an expired session", async () => {
    const { browser, id } = await signedIn();
    await env.DB.prepare("UPDATE sessions SET expires_at = ? WHERE user_id = ?")
      .bind(Date.now() - 1, id)
      .run();
    const res = await browser.get("/me");
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("UNAUTHENTICATED");
  });
});

describe("PATCH /me", () => {
  it("changes name and language", async () => {
    const { browser } = await signedIn();
    const res = await browser.request("PATCH", "/me", { name: "  李雷  ", locale: "en" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { name: string; locale: string } }).user).toMatchObject({
      name: "李雷",
      locale: "en",
    });
    const cleared = await browser.request("PATCH", "/me", { name: null });
    expect(((await cleared.json()) as { user: { name: string | null; locale: string } }).user).toMatchObject({
      name: null,
      locale: "en",
    });
  });

  it("validates the body", async () => {
    const { browser } = await signedIn();
    const empty = await browser.request("PATCH", "/me", {}, { "Accept-Language": "en" });
    expect(empty.status).toBe(400);
    const emptyError = await errorOf(empty);
    expect(emptyError.code).toBe("VALIDATION_FAILED");
    expect(emptyError.details).toEqual([expect.objectContaining({ message: "Change at least one field." })]);

    const bad = await browser.request("PATCH", "/me", { name: "x".repeat(51), locale: "fr" });
    const error = await errorOf(bad);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect((error.details as { path: string }[]).map((d) => d.path).sort()).toEqual(["locale", "name"]);
  });

  it("answers 401 without a session", async () => {
    expect((await new Browser().request("PATCH", "/me", { locale: "en" })).status).toBe(401);
  });
});

describe("sessions", () => {
  it("lists my devices with IP, times and the current flag", async () => {
    const { email, browser: laptop } = await signedIn();
    const phone = new Browser(
      "10.99.1.2",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    );
    await phone.post("/auth/login", { email, password: PASSWORD });

    const items = await listSessions(laptop);
    expect(items).toHaveLength(2);
    const current = items.find((s) => s.current);
    const other = items.find((s) => !s.current);
    expect(current).toMatchObject({ device: "Chrome on macOS", ip: laptop.ip });
    expect(other).toMatchObject({ device: "Safari on iOS", ip: "10.99.1.2" });
    expect(Date.parse(current?.createdAt ?? "")).not.toBeNaN();
    expect(Date.parse(current?.lastSeenAt ?? "")).not.toBeNaN();
    expect(JSON.stringify(items)).not.toContain(laptop.cookie);
  });

  it("revokes one session; someone else's session id is 404 NOT_FOUND", async () => {
    const { email, browser: laptop } = await signedIn();
    const phone = new Browser();
    await phone.post("/auth/login", { email, password: PASSWORD });
    const stranger = await signedIn();
    const strangersSession = (await listSessions(stranger.browser))[0]?.id as string;

    const notMine = await laptop.request("DELETE", `/me/sessions/${strangersSession}`);
    expect(notMine.status).toBe(404);
    expect((await errorOf(notMine)).code).toBe("NOT_FOUND");
    expect((await stranger.browser.get("/me")).status).toBe(200);

    const phoneSession = (await listSessions(phone)).find((s) => s.current)?.id as string;
    expect((await laptop.request("DELETE", `/me/sessions/${phoneSession}`)).status).toBe(204);
    expect((await phone.get("/me")).status).toBe(401);
    expect((await laptop.get("/me")).status).toBe(200);
    expect((await laptop.request("DELETE", `/me/sessions/${phoneSession}`)).status).toBe(404);

    // Revoking the current session signs this browser out.
    const mine = (await listSessions(laptop)).find((s) => s.current)?.id as string;
    const self = await laptop.request("DELETE", `/me/sessions/${mine}`);
    expect(self.status).toBe(204);
    expect(self.headers.get("Set-Cookie")).toMatch(/zm_session=;/);
    expect((await laptop.get("/me")).status).toBe(401);
  });

  it("revokes all other sessions", async () => {
    const { email, browser: laptop } = await signedIn();
    const phone = new Browser();
    const tablet = new Browser();
    await phone.post("/auth/login", { email, password: PASSWORD });
    await tablet.post("/auth/login", { email, password: PASSWORD });
    expect(await listSessions(laptop)).toHaveLength(3);

    expect((await laptop.post("/me/sessions/revoke-others")).status).toBe(204);
    expect((await phone.get("/me")).status).toBe(401);
    expect((await tablet.get("/me")).status).toBe(401);
    const left = await listSessions(laptop);
    expect(left).toHaveLength(1);
    expect(left[0]?.current).toBe(true);
  });

  it("answers 401 on every sessions route without a session", async () => {
    const anonymous = new Browser();
    expect((await anonymous.get("/me/sessions")).status).toBe(401);
    expect((await anonymous.request("DELETE", "/me/sessions/abc")).status).toBe(401);
    expect((await anonymous.post("/me/sessions/revoke-others")).status).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-bearing state change without the app's Origin", async () => {
    const { browser } = await signedIn();
    const cookie = `zm_session=${browser.cookie}`;
    const noOrigin = await api("/api/v1/auth/logout", { method: "POST", headers: { Cookie: cookie } });
    expect(noOrigin.status).toBe(403);
    expect((await errorOf(noOrigin)).code).toBe("CSRF_REJECTED");
    const foreign = await api("/api/v1/me/sessions/revoke-others", {
      method: "POST",
      headers: { Cookie: cookie, Origin: "https://evil.example" },
    });
    expect((await errorOf(foreign)).code).toBe("CSRF_REJECTED");
    // Still signed in; with the right Origin the logout works.
    expect((await browser.get("/me")).status).toBe(200);
    const ok = await api("/api/v1/auth/logout", { method: "POST", headers: { Cookie: cookie, Origin: ORIGIN } });
    expect(ok.status).toBe(204);
  });
});
