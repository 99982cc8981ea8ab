import { describe, expect, it } from "vitest";
import { api, errorOf } from "../helpers";

describe("API contract: errors, ids, timing", () => {
  it("answers an unknown /api route with the JSON 404 in Chinese by default", async () => {
    const res = await api("/api/v1/no-such-route");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    const error = await errorOf(res);
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("未找到请求的内容。");
  });

  it("words messages in English when Accept-Language prefers it", async () => {
    const res = await api("/api/v1/no-such-route", { headers: { "Accept-Language": "en-GB,en;q=0.9,zh;q=0.5" } });
    expect((await errorOf(res)).message).toBe("Not found.");
  });

  it("puts a unique X-Request-Id on every answer", async () => {
    const [a, b] = await Promise.all([api("/api/v1/health"), api("/api/v1/nope")]);
    expect(a.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get("X-Request-Id")).not.toBe(b.headers.get("X-Request-Id"));
  });

  it("reports D1 time and rows read in Server-Timing", async () => {
    const res = await api("/api/v1/health");
    const timing = res.headers.get("Server-Timing") ?? "";
    expect(timing).toMatch(/^db;dur=[\d.]+;desc="rows=\d+", total;dur=[\d.]+$/);
  });

  it("answers health after touching D1", async () => {
    const res = await api("/api/v1/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; checks: { db: { ok: boolean } } };
    expect(body).toMatchObject({ status: "ok", checks: { db: { ok: true } } });
    expect(res.headers.get("Server-Timing")).toMatch(/db;dur=/);
  });
});

describe("security headers on API answers", () => {
  it("sets a locked-down CSP, nosniff, frame and referrer policies", async () => {
    const res = await api("/api/v1/health");
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
    expect(res.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("does not send HSTS in development and tests", async () => {
    const res = await api("/api/v1/health");
    expect(res.headers.get("Strict-Transport-Security")).toBeNull();
  });
});

describe("CSRF origin check", () => {
  const cookie = { Cookie: "zm_session=abc" };

  it("rejects a state-changing request with the session cookie and no Origin", async () => {
    const res = await api("/api/v1/anything", { method: "POST", headers: cookie });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("CSRF_REJECTED");
  });

  it("rejects a foreign Origin", async () => {
    const res = await api("/api/v1/anything", {
      method: "DELETE",
      headers: { ...cookie, Origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("CSRF_REJECTED");
  });

  it("lets the app's own Origin through", async () => {
    const res = await api("/api/v1/anything", {
      method: "POST",
      headers: { ...cookie, Origin: "http://localhost:8787" },
    });
    expect(res.status).toBe(404);
  });

  it("does not apply to safe methods or cookie-less callers", async () => {
    expect((await api("/api/v1/anything", { headers: cookie })).status).toBe(404);
    expect((await api("/api/v1/anything", { method: "POST" })).status).toBe(404);
  });
});
