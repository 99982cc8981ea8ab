import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import type { AppEnv } from "../../context";
import { AppError } from "../../lib/errors";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { enforceLimits } from "../../lib/rate-limit";
import { currentAuth, requireUser } from "../../middleware/auth";
import { MULTIPART_OVERHEAD_BYTES, UPLOAD_LIMIT } from "./limits";
import { MAX_RESUME_BYTES, ResumeEnvelopeSchema, ResumeListSchema } from "./schemas";
import {
  createResume,
  deleteResume,
  findUserResume,
  listResumes,
  sanitizeFilename,
  toResume,
  toSummary,
} from "./service";

const ParamsSchema = z.object({ id: z.string().min(1).max(64) });
const ListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Per-user upload limit, counted before the body is read (failed uploads count too). */
const uploadLimit = createMiddleware<AppEnv>(async (c, next) => {
  const { user } = currentAuth(c);
  await enforceLimits(c.get("db"), [{ key: `resume-upload:user:${user.id}`, ...UPLOAD_LIMIT }]);
  await next();
});

/** Reads the request body, refusing (413) by Content-Length up front and by counting the bytes as they arrive. */
async function readBodyCapped(c: Context<AppEnv>, cap: number): Promise<Uint8Array> {
  const declared = Number(c.req.header("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > cap) throw new AppError("FILE_TOO_LARGE");
  const body = c.req.raw.body;
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw new AppError("FILE_TOO_LARGE");
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function uploadedFile(c: Context<AppEnv>): Promise<{ bytes: Uint8Array; filename: string }> {
  const contentType = c.req.header("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const raw = await readBodyCapped(c, MAX_RESUME_BYTES + MULTIPART_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(raw as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("VALIDATION_FAILED", { details: [{ path: "file", message: "multipart body is malformed" }] });
  }
  const file = form.get("file");
  if (file === null || typeof file === "string") {
    throw new AppError("VALIDATION_FAILED", { details: [{ path: "file", message: "file is required" }] });
  }
  if (file.size > MAX_RESUME_BYTES) throw new AppError("FILE_TOO_LARGE");
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: sanitizeFilename(file.name) };
}

const routes = {
  upload: createRoute({
    method: "post",
    path: "/resumes",
    tags: ["resumes"],
    summary: "Upload a PDF résumé (≤ 10 MB, ≤ 20 pages, with text); the same file again answers the existing one",
    middleware: [requireUser, uploadLimit],
    request: {
      body: {
        required: true,
        content: {
          // Not validated by zod: the route reads the body itself, with a size cap.
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: { file: { type: "string", format: "binary", description: "The résumé PDF" } },
              required: ["file"],
            },
          },
        },
      },
    },
    responses: {
      201: jsonContent(ResumeEnvelopeSchema, "Stored, extracted and segmented"),
      200: jsonContent(ResumeEnvelopeSchema, "This exact file was already uploaded: the existing résumé"),
      ...errorResponses(
        "VALIDATION_FAILED",
        "NOT_A_PDF",
        "PDF_ENCRYPTED",
        "PDF_NO_TEXT",
        "TOO_MANY_PAGES",
        "PDF_UNREADABLE",
        "UNAUTHENTICATED",
        "FILE_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE",
        "RATE_LIMITED",
      ),
    },
  }),
  list: createRoute({
    method: "get",
    path: "/resumes",
    tags: ["resumes"],
    summary: "My résumés, newest first (without their text)",
    middleware: [requireUser],
    request: { query: ListQuerySchema },
    responses: {
      200: jsonContent(ResumeListSchema, "A page of résumés"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED"),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/resumes/{id}",
    tags: ["resumes"],
    summary: "One of my résumés, with its text and sections",
    middleware: [requireUser],
    request: { params: ParamsSchema },
    responses: {
      200: jsonContent(ResumeEnvelopeSchema, "The résumé"),
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
    },
  }),
  remove: createRoute({
    method: "delete",
    path: "/resumes/{id}",
    tags: ["resumes"],
    summary: "Delete one of my résumés (the stored PDF included)",
    middleware: [requireUser],
    request: { params: ParamsSchema },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
    },
  }),
};

/** /api/v1/resumes — mount with `.route("/", resumeRoutes)` in worker/app.ts. */
export const resumeRoutes = createRouter()
  .openapi(routes.upload, async (c) => {
    const { user } = currentAuth(c);
    const file = await uploadedFile(c);
    const { row, created } = await createResume(c.get("db"), c.env.FILES, { userId: user.id, ...file });
    return created ? c.json({ resume: toResume(row) }, 201) : c.json({ resume: toResume(row) }, 200);
  })
  .openapi(routes.list, async (c) => {
    const { rows, nextCursor } = await listResumes(c.get("db"), currentAuth(c).user.id, c.req.valid("query"));
    return c.json({ items: rows.map(toSummary), nextCursor }, 200);
  })
  .openapi(routes.get, async (c) => {
    const row = await findUserResume(c.get("db"), currentAuth(c).user.id, c.req.valid("param").id);
    return c.json({ resume: toResume(row) }, 200);
  })
  .openapi(routes.remove, async (c) => {
    await deleteResume(c.get("db"), c.env.FILES, currentAuth(c).user.id, c.req.valid("param").id);
    return c.body(null, 204);
  });
