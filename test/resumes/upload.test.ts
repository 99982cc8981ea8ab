import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Browser, signedIn } from "../api/auth/support";
import { EN_EXPECTED, ZH_EXPECTED } from "../fixtures/resumes/content";
import { api, errorOf, ORIGIN } from "../helpers";
import { fixture } from "./context";
import { type ResumeBody, upload } from "./support";

const MB = 1024 * 1024;

describe("POST /api/v1/resumes", () => {
  it("stores a Chinese résumé: text, sections, R2 object under a generated key, sanitised filename", async () => {
    const { browser, id: userId } = await signedIn();
    const bytes = fixture("pdflib-zh");
    const res = await upload(browser, bytes, "../../etc/张三 简历\u202E.pdf");
    expect(res.status).toBe(201);
    const { resume } = (await res.json()) as ResumeBody;
    expect(resume.filename).toBe("张三 简历.pdf");
    expect(resume.pages).toBe(1);
    expect(resume.sizeBytes).toBe(bytes.length);
    for (const expected of ZH_EXPECTED) expect(resume.text).toContain(expected);
    expect(resume.sections.map((s) => s.kind)).toEqual([
      "contact",
      "education",
      "experience",
      "projects",
      "skills",
      "awards",
      "summary",
    ]);

    const row = await env.DB.prepare("SELECT r2_key, sha256 FROM resumes WHERE id = ?")
      .bind(resume.id)
      .first<{ r2_key: string; sha256: string }>();
    expect(row?.r2_key).toBe(`resumes/${userId}/${resume.id}.pdf`);
    const object = await env.FILES.get(`resumes/${userId}/${resume.id}.pdf`);
    expect(object?.httpMetadata?.contentType).toBe("application/pdf");
    expect(new Uint8Array((await object?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);

    const got = await browser.get(`/resumes/${resume.id}`);
    expect(got.status).toBe(200);
    expect(((await got.json()) as ResumeBody).resume).toEqual(resume);
  });

  it("stores an English résumé", async () => {
    const { browser } = await signedIn();
    const res = await upload(browser, fixture("pdfkit-en"), "John Smith CV.pdf");
    expect(res.status).toBe(201);
    const { resume } = (await res.json()) as ResumeBody;
    for (const expected of EN_EXPECTED) expect(resume.text).toContain(expected);
    expect(resume.sections.map((s) => s.kind)).toEqual(["contact", "summary", "experience", "education", "skills"]);
  });

  it("answers the existing résumé (200) for the same file again, and a new one after deleting it", async () => {
    const { browser } = await signedIn();
    const first = (await (await upload(browser, fixture("pdfkit-zh"))).json()) as ResumeBody;
    const again = await upload(browser, fixture("pdfkit-zh"), "another name.pdf");
    expect(again.status).toBe(200);
    expect(((await again.json()) as ResumeBody).resume.id).toBe(first.resume.id);

    // Another user uploading the same file gets their own copy.
    const other = await signedIn();
    const theirs = await upload(other.browser, fixture("pdfkit-zh"));
    expect(theirs.status).toBe(201);
    expect(((await theirs.json()) as ResumeBody).resume.id).not.toBe(first.resume.id);

    expect((await browser.request("DELETE", `/resumes/${first.resume.id}`)).status).toBe(204);
    const fresh = await upload(browser, fixture("pdfkit-zh"));
    expect(fresh.status).toBe(201);
    expect(((await fresh.json()) as ResumeBody).resume.id).not.toBe(first.resume.id);
  });

  const cases = [
    ["not a PDF", () => new TextEncoder().encode("Hello, I am a Word document really."), 400, "NOT_A_PDF"],
    ["encrypted", () => fixture("encrypted"), 400, "PDF_ENCRYPTED"],
    ["corrupt", () => fixture("corrupt"), 400, "PDF_UNREADABLE"],
    ["21 pages", () => fixture("pages-21"), 400, "TOO_MANY_PAGES"],
    ["image only (a scan)", () => fixture("image-only"), 400, "PDF_NO_TEXT"],
  ] as const;
  for (const [name, bytes, status, code] of cases) {
    it(`refuses ${name}: ${status} ${code}, nothing stored`, async () => {
      const { browser, id: userId } = await signedIn();
      const res = await upload(browser, bytes());
      expect(res.status).toBe(status);
      expect((await errorOf(res)).code).toBe(code);
      const listed = await env.FILES.list({ prefix: `resumes/${userId}/` });
      expect(listed.objects).toHaveLength(0);
    });
  }

  it("refuses more than 10 MB: by the bytes sent (413 FILE_TOO_LARGE)", async () => {
    const { browser } = await signedIn();
    const big = new Uint8Array(10 * MB + 1);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const res = await upload(browser, big);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("FILE_TOO_LARGE");
  });

  it("refuses more than 10 MB by Content-Length before reading the body", async () => {
    const { browser } = await signedIn();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Never needed: the Worker answers from the header alone.
        controller.enqueue(new TextEncoder().encode("x"));
        controller.close();
      },
    });
    const res = await api("/api/v1/resumes", {
      method: "POST",
      body,
      // @ts-expect-error workerd's RequestInit takes duplex for streamed bodies
      duplex: "half",
      headers: {
        Origin: ORIGIN,
        Cookie: `zm_session=${browser.cookie}`,
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(50 * MB),
      },
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("FILE_TOO_LARGE");
  });

  it("requires a session", async () => {
    const res = await upload(new Browser(), fixture("pdfkit-en"));
    expect(res.status).toBe(401);
  });

  it("limits uploads per user (429 after 20 an hour)", async () => {
    const { browser } = await signedIn();
    const junk = new TextEncoder().encode("not a pdf");
    for (let i = 0; i < 20; i++) expect((await upload(browser, junk)).status).toBe(400);
    const res = await upload(browser, junk);
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
  });
});

describe("GET and DELETE /api/v1/resumes", () => {
  it("lists my résumés newest first with a cursor, without text", async () => {
    const { browser } = await signedIn();
    const ids: string[] = [];
    for (const name of ["pdfkit-en", "pdfkit-zh", "stsong-zh"] as const) {
      ids.push(((await (await upload(browser, fixture(name))).json()) as ResumeBody).resume.id);
    }
    const page1 = (await (await browser.get("/resumes?limit=2")).json()) as {
      items: Record<string, unknown>[];
      nextCursor: string | null;
    };
    expect(page1.items.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(page1.items[0]).not.toHaveProperty("text");
    expect(page1.nextCursor).toBeTruthy();
    const page2 = (await (await browser.get(`/resumes?limit=2&cursor=${page1.nextCursor}`)).json()) as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(page2.items.map((r) => r.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();
  });

  it("answers 404 for someone else's résumé (get and delete) and keeps it", async () => {
    const owner = await signedIn();
    const { resume } = (await (await upload(owner.browser, fixture("pdfkit-en"))).json()) as ResumeBody;
    const stranger = await signedIn();
    const get = await stranger.browser.get(`/resumes/${resume.id}`);
    expect(get.status).toBe(404);
    expect((await errorOf(get)).code).toBe("NOT_FOUND");
    expect((await stranger.browser.request("DELETE", `/resumes/${resume.id}`)).status).toBe(404);
    expect(((await (await stranger.browser.get("/resumes")).json()) as { items: unknown[] }).items).toEqual([]);
    expect(await env.FILES.head(`resumes/${owner.id}/${resume.id}.pdf`)).not.toBeNull();
    expect((await owner.browser.get(`/resumes/${resume.id}`)).status).toBe(200);
  });

  it("deletes: 204, R2 object gone, row soft-deleted, then 404", async () => {
    const { browser, id: userId } = await signedIn();
    const { resume } = (await (await upload(browser, fixture("chromium-zh"))).json()) as ResumeBody;
    const key = `resumes/${userId}/${resume.id}.pdf`;
    expect(await env.FILES.head(key)).not.toBeNull();
    const res = await browser.request("DELETE", `/resumes/${resume.id}`);
    expect(res.status).toBe(204);
    expect(await env.FILES.head(key)).toBeNull();
    const row = await env.DB.prepare("SELECT deleted_at FROM resumes WHERE id = ?")
      .bind(resume.id)
      .first<{ deleted_at: number | null }>();
    expect(row?.deleted_at).toBeTypeOf("number");
    expect((await browser.get(`/resumes/${resume.id}`)).status).toBe(404);
    expect((await browser.request("DELETE", `/resumes/${resume.id}`)).status).toBe(404);
  });
});
