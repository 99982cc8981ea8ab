import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import type { AppEnv } from "../context";
import { ErrorBodySchema } from "./contract";
import { AppError, ERRORS, type ErrorCode } from "./errors";
import { toFieldIssues } from "./validation";

/** A Hono sub-app whose zod validation failures become `400 VALIDATION_FAILED` in the caller's language. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        throw new AppError("VALIDATION_FAILED", {
          details: toFieldIssues(result.error, c.get("locale"), result.target === "json" ? undefined : result.target),
        });
      }
    },
  });
}

/** OpenAPI `responses` entries for the error codes a route can answer with. */
export function errorResponses(...codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERRORS[code].status, [...(byStatus.get(ERRORS[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, group]) => [
      status,
      {
        description: group.join(" | "),
        content: { "application/json": { schema: ErrorBodySchema } },
      },
    ]),
  );
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
