// Upload limits in one place (the PDF parsing bounds live in worker/lib/pdf/{preflight,extract}.ts).

const HOUR = 60 * 60 * 1000;

/** Uploads per user per hour, counted before the body is read, whether or not the file is accepted. */
export const UPLOAD_LIMIT = { limit: 20, windowMs: HOUR } as const;

/** Room for the multipart boundaries and part headers around a file of the maximum size. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
