import { z } from "zod";

/** Sections recognised in résumés, from zh and en headings. */
export const SECTION_KINDS = [
  "contact",
  "summary",
  "education",
  "experience",
  "projects",
  "skills",
  "awards",
  "certificates",
  "languages",
  "other",
] as const;
export const SectionKindSchema = z.enum(SECTION_KINDS);

export const ResumeSectionSchema = z.object({ kind: SectionKindSchema, title: z.string(), text: z.string() });
export type ResumeSection = z.infer<typeof ResumeSectionSchema>;

/** API.md `resume`. */
export const ResumeSchema = z.object({
  id: z.string(),
  filename: z.string(),
  sizeBytes: z.number().int(),
  pages: z.number().int(),
  text: z.string(),
  sections: z.array(ResumeSectionSchema),
  createdAt: z.string(),
});
export type Resume = z.infer<typeof ResumeSchema>;
export const ResumeEnvelopeSchema = z.object({ resume: ResumeSchema });

/** List items omit the full text. */
export const ResumeSummarySchema = ResumeSchema.omit({ text: true, sections: true });
export const ResumeListSchema = z.object({ items: z.array(ResumeSummarySchema), nextCursor: z.string().nullable() });

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;
export const MAX_RESUME_PAGES = 20;
