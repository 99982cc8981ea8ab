import { describe, expect, it } from "vitest";
import { API_PREFIX, createApp } from "../../worker/app";
import { api } from "../helpers";

type OpenApiDoc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents every registered API route", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApiDoc;
    expect(doc.openapi).toBe("3.1.0");

    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${API_PREFIX}${path.replace(/\{(\w+)\}/g, ":$1")}`),
      ),
    );
    const registered = createApp()
      .routes.filter((r) => r.method !== "ALL" && r.path !== `${API_PREFIX}/openapi.json`)
      .map((r) => `${r.method} ${r.path}`);

    expect(registered.length).toBeGreaterThan(0);
    expect(registered.filter((route) => !documented.has(route))).toEqual([]);
  });

  it("describes error answers with the shared error shape", async () => {
    const doc = (await (await api("/api/v1/openapi.json")).json()) as OpenApiDoc;
    const health = doc.paths["/health"]?.get;
    expect(health?.responses).toHaveProperty("503");
  });
});
