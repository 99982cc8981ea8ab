import { describe, expect, it } from "vitest";
import { extractLinks } from "../../worker/lib/email/links";
import { dataPayload, encodeHeaderWords, headerText, rfc5322Date } from "../../worker/lib/email/smtp/mime";
import { renderEmail } from "../../worker/lib/email/templates";

const link = "http://localhost:8787/verify-email?token=abc123DEF456ghi789";

describe("email templates", () => {
  it("renders the verification mail in Chinese with the link as button and as text, and the 24 h validity", () => {
    const mail = renderEmail("verify-email", "zh-CN", { name: "小王", link });
    expect(mail.subject).toBe("验证你的职麦邮箱");
    expect(mail.text).toContain("小王，你好");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("24 小时");
    expect(mail.text).toContain("如果这不是你本人的操作");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain(`>${link}</a>`);
    expect(mail.html).toContain('lang="zh-CN"');
    expect(mail.html).toContain("职麦 Zhimai");
    expect(extractLinks(mail.text)).toEqual([link]);
  });

  it("renders the reset mail in English with the 30 min validity", () => {
    const resetLink = "https://zhimai.example.com/reset-password?token=t0k3n";
    const mail = renderEmail("reset-password", "en", { name: "Ann", link: resetLink });
    expect(mail.subject).toBe("Reset your Zhimai password");
    expect(mail.text).toMatch(/^Hi Ann,/);
    expect(mail.text).toContain("30 minutes");
    expect(mail.text).toContain("If this wasn't you");
    expect(mail.text).toContain(resetLink);
    expect(mail.html).toContain(`href="${resetLink}"`);
    expect(mail.html).toContain('lang="en"');
  });

  it("renders the password-changed notice without a link, in both languages", () => {
    const zh = renderEmail("password-changed", "zh-CN", { name: "小王" });
    const en = renderEmail("password-changed", "en", { name: "" });
    expect(zh.subject).toBe("你的职麦密码已修改");
    expect(en.subject).toBe("Your Zhimai password was changed");
    expect(en.text).toMatch(/^Hi,/);
    expect(extractLinks(zh.text)).toEqual([]);
    expect(en.html).not.toContain("<a ");
  });

  it("escapes interpolated values in HTML", () => {
    const name = `<script>alert("x")</script>&'`;
    const evilLink = `https://zhimai.example.com/verify-email?token=a&b="><img src=x>`;
    const mail = renderEmail("verify-email", "en", { name, link: evilLink });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;");
    expect(mail.html).toContain(
      'href="https://zhimai.example.com/verify-email?token=a&amp;b=&quot;&gt;&lt;img src=x&gt;"',
    );
    // The text part is not HTML: it keeps the values as they are.
    expect(mail.text).toContain(name);
  });

  it("refuses data a template cannot use", () => {
    expect(() => renderEmail("verify-email", "en", { name: "x" })).toThrow(/invalid data/);
    expect(() => renderEmail("reset-password", "en", { link: "javascript:alert(1)" })).toThrow(/invalid data/);
  });
});

describe("MIME encoding", () => {
  it("encodes a Chinese subject as RFC 2047 words of at most 75 characters that decode back", () => {
    const subject = "验证你的职麦邮箱——这是一个特别长的主题，用来检查折行是否在字符边界上进行 😀";
    const encoded = encodeHeaderWords(subject);
    const words = encoded.split("\r\n ");
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    }
    const decoded = words
      .map((word) => {
        const binary = atob(word.slice(10, -2));
        return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
      })
      .join("");
    expect(decoded).toBe(subject);
  });

  it("keeps plain ASCII headers readable and strips line breaks (no header injection)", () => {
    expect(headerText("Verify your Zhimai email")).toBe("Verify your Zhimai email");
    expect(headerText("a\r\nBcc: victim@example.com")).toBe("a Bcc: victim@example.com");
  });

  it("dot-stuffs lines that start with a dot and terminates DATA", () => {
    expect(dataPayload(".hidden\r\nline\r\n..two")).toBe("..hidden\r\nline\r\n...two\r\n.\r\n");
  });

  it("writes RFC 5322 dates", () => {
    expect(rfc5322Date(new Date(Date.UTC(2026, 10, 24, 6, 5, 9)))).toBe("Tue, 24 Nov 2026 06:05:09 +0000");
  });
});

describe("link extraction", () => {
  it("finds http(s) links and leaves out surrounding punctuation", () => {
    expect(extractLinks(`打开 ${link}。或者 (https://a.example/x?y=1), 再次 ${link}`)).toEqual([
      link,
      "https://a.example/x?y=1",
    ]);
  });
});
