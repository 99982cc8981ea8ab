import type { Browser } from "../api/auth/support";
import { api, ORIGIN } from "../helpers";

/** POST /api/v1/resumes with `bytes` as the multipart `file`, as the signed-in browser. */
export function upload(
  browser: Browser,
  bytes: Uint8Array,
  filename = "简历.pdf",
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], filename, { type: "application/pdf" }));
  return api("/api/v1/resumes", {
    method: "POST",
    body: form,
    headers: {
      Origin: ORIGIN,
      "CF-Connecting-IP": browser.ip,
      "User-Agent": browser.userAgent,
      ...(browser.cookie ? { Cookie: `zm_session=${browser.cookie}` } : {}),
      ...headers,
    },
  });
}

export type ResumeBody = {
  resume: {
    id: string;
    filename: string;
    sizeBytes: number;
    pages: number;
    text: string;
    sections: { kind: string; title: string; text: string }[];
    createdAt: string;
  };
};
