import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type Resume as ResumeRow, resumes } from "../../db/schema";
import { afterCursor, decodeCursor, pageOf } from "../../lib/cursor";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { type Resume, ResumeSectionSchema } from "./schemas";
import { headingKind, segmentSections } from "./sections";

const SectionsSchema = ResumeSectionSchema.array();

export const resumeKey = (userId: string, id: string) => `resumes/${userId}/${id}.pdf`;

export function toResume(row: ResumeRow): Resume {
  const sections = SectionsSchema.safeParse(row.sectionsJson);
  return {
    id: row.id,
    filename: row.filename,
    sizeBytes: row.sizeBytes,
    pages: row.pages,
    text: row.text,
    sections: sections.success ? sections.data : [],
    createdAt: row.createdAt.toISOString(),
  };
}

export function toSummary(row: ResumeRow) {
  const { text: _text, sections: _sections, ...summary } = toResume(row);
  return summary;
}

/** A display name for the stored file: no path, no control or bidi characters, at most 100 characters, `.pdf`. */
export function sanitizeFilename(name: string | undefined | null): string {
  const base = (name ?? "").split(/[/\\]/).pop() ?? "";
  let clean = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF"<>:*?|]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!/\.pdf$/i.test(clean)) clean = `${clean.replace(/\.+$/, "")}.pdf`;
  if (clean.length > 100) clean = `${[...clean.slice(0, -4)].slice(0, 96).join("")}.pdf`;
  return clean === ".pdf" ? "resume.pdf" : clean;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function findLive(db: Db, userId: string, sha256: string) {
  return db
    .select()
    .from(resumes)
    .where(and(eq(resumes.userId, userId), eq(resumes.sha256, sha256), isNull(resumes.deletedAt)))
    .get();
}

/**
 * Stores an uploaded PDF: the same file again (same sha256, not deleted) answers the existing résumé
 * (`created: false`); otherwise checks and extracts it (AppErrors for the PDF error codes), puts the
 * original in R2 under `resumes/<userId>/<id>.pdf` and inserts the row.
 */
export async function createResume(
  db: Db,
  files: R2Bucket,
  input: { userId: string; bytes: Uint8Array; filename: string },
): Promise<{ row: ResumeRow; created: boolean }> {
  const sha256 = await sha256Hex(input.bytes);
  const existing = await findLive(db, input.userId, sha256);
  if (existing) return { row: existing, created: false };

  const { extractPdf } = await import("../../lib/pdf/extract");
  const extracted = await extractPdf(input.bytes, {}, { isHeading: (line) => headingKind(line) !== null });
  const sections = segmentSections(extracted.text);

  const id = newId();
  const r2Key = resumeKey(input.userId, id);
  await files.put(r2Key, input.bytes, {
    httpMetadata: { contentType: "application/pdf" },
    customMetadata: { userId: input.userId, sha256 },
  });
  const inserted = await db
    .insert(resumes)
    .values({
      id,
      userId: input.userId,
      r2Key,
      filename: input.filename,
      sizeBytes: input.bytes.byteLength,
      pages: extracted.pages,
      sha256,
      text: extracted.text,
      sectionsJson: sections,
    })
    .onConflictDoNothing()
    .returning();
  const row = inserted[0];
  if (row) {
    if (extracted.truncated) log("warn", "resume text truncated", { resumeId: id, pages: extracted.pages });
    return { row, created: true };
  }
  // A concurrent upload of the same file won the unique index: answer that one, drop our copy.
  await files.delete(r2Key);
  const winner = await findLive(db, input.userId, sha256);
  if (!winner) throw new AppError("CONFLICT");
  return { row: winner, created: false };
}

export async function findUserResume(db: Db, userId: string, id: string): Promise<ResumeRow> {
  const row = await db
    .select()
    .from(resumes)
    .where(and(eq(resumes.id, id), eq(resumes.userId, userId), isNull(resumes.deletedAt)))
    .get();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The user's most recent résumé, if any. */
export async function latestUserResume(db: Db, userId: string): Promise<ResumeRow | undefined> {
  return db
    .select()
    .from(resumes)
    .where(and(eq(resumes.userId, userId), isNull(resumes.deletedAt)))
    .orderBy(desc(resumes.createdAt), desc(resumes.id))
    .limit(1)
    .get();
}

/** Deletes the R2 object, then marks the row deleted (so a failure leaves it listed and the user can retry). */
export async function deleteResume(db: Db, files: R2Bucket, userId: string, id: string): Promise<void> {
  const row = await findUserResume(db, userId, id);
  await files.delete(row.r2Key);
  await db
    .update(resumes)
    .set({ deletedAt: new Date() })
    .where(and(eq(resumes.id, row.id), isNull(resumes.deletedAt)));
}

/** The user's live résumés, newest first, by a (createdAt, id) cursor on (user_id, created_at). */
export async function listResumes(db: Db, userId: string, query: { cursor?: string; limit: number }) {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(resumes)
    .where(
      and(eq(resumes.userId, userId), isNull(resumes.deletedAt), afterCursor(resumes.createdAt, resumes.id, cursor)),
    )
    .orderBy(desc(resumes.createdAt), desc(resumes.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, (row) => row);
}
