/**
 * Production build on local workerd: static assets, SPA fallback and security headers
 * (web/public/_headers for the app shell and assets; worker/middleware for the API).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";

const BASE_URL = (process.env.E2E_BASE_URL ?? "http://localhost:8787").replace(/\/$/, "");

describe("production serving", () => {
  test("the app shell carries a CSP that fits the SPA and the other security headers", async () => {
    const res = await fetch(`${BASE_URL}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'self'/);
    // No inline scripts; the only remote origin is Cloudflare Turnstile (register / forgot password).
    assert.match(
      csp,
      /script-src 'self'( https:\/\/challenges\.cloudflare\.com)?(;|$)/,
      "no inline or other remote scripts",
    );
    assert.match(csp, /frame-src https:\/\/challenges\.cloudflare\.com(;|$)/, "only Turnstile may be framed");
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin");
    assert.match(res.headers.get("strict-transport-security") ?? "", /max-age=\d+/);
  });

  test("deep links fall back to the SPA shell", async () => {
    const res = await fetch(`${BASE_URL}/pricing`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<div id="root">/);
  });

  test("hashed assets are cached immutably", async () => {
    const html = await (await fetch(`${BASE_URL}/`)).text();
    const script = html.match(/<script[^>]+src="(\/assets\/[^"]+\.js)"/)?.[1];
    assert.ok(script, "entry script in the shell");
    const res = await fetch(`${BASE_URL}${script}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("cache-control") ?? "", /immutable/);
  });

  test("unknown API routes answer JSON, not the SPA shell", async () => {
    const res = await fetch(`${BASE_URL}/api/v1/definitely-not-here`, { headers: { "Accept-Language": "en" } });
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: { code: "NOT_FOUND", message: "Not found." } });
    assert.ok(res.headers.get("x-request-id"));
  });
});
