import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../worker/app";
import { createDb } from "../../worker/db/client";
import { enqueueEmail } from "../../worker/lib/email";
import { api, errorOf } from "../helpers";
import { recordingQueue, uniqueAddress } from "./helpers";

type MailList = {
  items: Array<{
    id: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    links: string[];
    status: string;
    createdAt: string;
  }>;
  nextCursor: string | null;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendThree(to: string) {
  const { JOBS } = recordingQueue();
  const db = createDb(env.DB);
  const ids: string[] = [];
  for (const [i, template] of (["verify-email", "reset-password", "password-changed"] as const).entries()) {
    const path = template === "verify-email" ? "verify-email" : "reset-password";
    ids.push(
      await enqueueEmail({ ...env, JOBS }, db, {
        to,
        locale: "en",
        template,
        data: { name: `N${i}`, link: `http://localhost:8787/${path}?token=tok${i}abcdefghijklmnop` },
      }),
    );
    await pause(5); // distinct created_at, so "newest first" is observable
  }
  return ids;
}

describe("GET /api/v1/dev/mailbox", () => {
  it("lists a recipient's mails newest first, with the links of their text", async () => {
    const to = uniqueAddress("mailbox");
    const [verifyId, resetId, changedId] = await sendThree(to);

    const res = await api(`/api/v1/dev/mailbox?to=${encodeURIComponent(to.toUpperCase())}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as MailList;
    expect(body.items.map((mail) => mail.id)).toEqual([changedId, resetId, verifyId]);
    expect(body.nextCursor).toBeNull();
    const verify = body.items[2];
    expect(verify).toMatchObject({ to, subject: "Verify your Zhimai email", status: "queued" });
    expect(verify?.links).toEqual(["http://localhost:8787/verify-email?token=tok0abcdefghijklmnop"]);
    expect(verify?.html).toContain("<a href=");
    expect(new Date(verify?.createdAt ?? "").getTime()).toBeGreaterThan(0);
    expect(body.items[0]?.links).toEqual([]);
  });

  it("pages with limit and cursor", async () => {
    const to = uniqueAddress("paging");
    const ids = (await sendThree(to)).reverse();
    const first = (await (await api(`/api/v1/dev/mailbox?to=${to}&limit=2`)).json()) as MailList;
    expect(first.items.map((m) => m.id)).toEqual(ids.slice(0, 2));
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await (
      await api(`/api/v1/dev/mailbox?to=${to}&limit=2&cursor=${first.nextCursor}`)
    ).json()) as MailList;
    expect(second.items.map((m) => m.id)).toEqual(ids.slice(2));
    expect(second.nextCursor).toBeNull();
  });

  it("rejects a bad limit or cursor", async () => {
    expect((await errorOf(await api("/api/v1/dev/mailbox?limit=101"))).code).toBe("VALIDATION_FAILED");
    expect((await errorOf(await api("/api/v1/dev/mailbox?cursor=nonsense"))).code).toBe("VALIDATION_FAILED");
  });

  it("does not exist in production, nor when mail goes out through a real transport", async () => {
    for (const overrides of [{ APP_ENV: "production" }, { EMAIL_TRANSPORT: "smtp" }]) {
      const res = await createApp().request("/api/v1/dev/mailbox?limit=abc", {}, { ...env, ...overrides });
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("NOT_FOUND");
    }
  });
});
