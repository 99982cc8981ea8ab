import { env } from "cloudflare:test";
import { createRoute } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../../worker/lib/errors";
import { createRouter } from "../../worker/lib/openapi";
import { notFound, onError } from "../../worker/middleware/errors";
import { requestContext } from "../../worker/middleware/request-context";

/** A small app built from the real middleware and error handler, with routes that fail on purpose. */
function appWith() {
  const app = createRouter();
  app.use("*", requestContext);
  app.openapi(
    createRoute({
      method: "post",
      path: "/things",
      request: {
        body: {
          content: {
            "application/json": { schema: z.object({ name: z.string().min(2), count: z.number().int().max(5) }) },
          },
        },
      },
      responses: { 200: { description: "ok" } },
    }),
    (c) => c.json(c.req.valid("json"), 200),
  );
  app.get("/boom", () => {
    throw new Error("secret internals");
  });
  app.get("/limited", () => {
    throw new AppError("RATE_LIMITED", { headers: { "Retry-After": "30" } });
  });
  app.notFound(notFound);
  app.onError(onError);
  return app;
}

const post = (body: string, lang = "zh-CN") =>
  appWith().request(
    "/things",
    { method: "POST", body, headers: { "Content-Type": "application/json", "Accept-Language": lang } },
    env,
  );

describe("error mapping", () => {
  it("maps zod failures to 400 VALIDATION_FAILED with one detail per field, in Chinese", async () => {
    const res = await post(JSON.stringify({ name: "x", count: 9 }));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { code: string; message: string; details: { path: string; message: string }[] };
    };
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toBe("提交的数据有误，请检查后重试。");
    expect(error.details.map((d) => d.path).sort()).toEqual(["count", "name"]);
    expect(error.details.find((d) => d.path === "name")?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("words field problems in English for English callers", async () => {
    const res = await post(JSON.stringify({ name: "x", count: 1 }), "en");
    const { error } = (await res.json()) as {
      error: { message: string; details: { path: string; message: string }[] };
    };
    expect(error.message).toMatch(/invalid/i);
    expect(error.details[0]?.message).toMatch(/too small|at least|>=/i);
  });

  it("answers a body that is not JSON with 400 MALFORMED_JSON", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("MALFORMED_JSON");
  });

  it("hides unexpected errors behind 500 INTERNAL with the request id and no stack", async () => {
    const res = await appWith().request("/boom", {}, env);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret internals");
    expect(text).not.toContain("at ");
    const { error } = JSON.parse(text) as { error: { code: string; details: { requestId: string } } };
    expect(error.code).toBe("INTERNAL");
    expect(error.details.requestId).toBe(res.headers.get("X-Request-Id"));
  });

  it("carries domain error headers such as Retry-After", async () => {
    const res = await appWith().request("/limited", {}, env);
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("30");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  });
});
