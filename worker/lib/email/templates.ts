import { z } from "zod";
import type { Locale } from "../contract";

export const EMAIL_TEMPLATES = ["verify-email", "reset-password", "password-changed", "billing-anomaly"] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

export type RenderedEmail = { subject: string; html: string; text: string };

const HttpLinkSchema = z.url({ protocol: /^https?$/ });
const NameSchema = z.string().trim().max(200).optional();

// What each template needs in `data`; a missing or non-http(s) link is a programming error, caught before storing.
const DATA_SCHEMAS = {
  "verify-email": z.object({ name: NameSchema, link: HttpLinkSchema }),
  "reset-password": z.object({ name: NameSchema, link: HttpLinkSchema }),
  "password-changed": z.object({ name: NameSchema }),
  // To admins: a new billing anomaly found by the audit (kind code, what it is about, a one-line summary).
  "billing-anomaly": z.object({
    name: NameSchema,
    kind: z.string().trim().min(1).max(64),
    ref: z.string().trim().max(200),
    summary: z.string().trim().max(1000),
    link: HttpLinkSchema,
  }),
} satisfies Record<EmailTemplate, z.ZodType>;

type Data<T extends EmailTemplate> = z.infer<(typeof DATA_SCHEMAS)[T]>;

/** The words of one mail in one language; `action` marks mails with a button/link. */
type Copy = {
  subject: string;
  greeting: string;
  intro: string;
  action?: { label: string; link: string; fallback: string };
  notYou: string;
};

const BRAND = { "zh-CN": "职麦 Zhimai", en: "Zhimai 职麦" } as const;

function greeting(locale: Locale, name: string | undefined): string {
  if (locale === "en") return name ? `Hi ${name},` : "Hi,";
  return name ? `${name}，你好：` : "你好：";
}

const COPY: { [T in EmailTemplate]: (locale: Locale, data: Data<T>) => Copy } = {
  "verify-email": (locale, { name, link }) =>
    locale === "en"
      ? {
          subject: "Verify your Zhimai email",
          greeting: greeting(locale, name),
          intro: "Thanks for signing up for Zhimai. Please confirm your email address. The link is valid for 24 hours.",
          action: {
            label: "Verify email",
            link,
            fallback: "If the button does not work, copy this link into your browser:",
          },
          notYou: "If this wasn't you, you can safely ignore this email; no account will be activated.",
        }
      : {
          subject: "验证你的职麦邮箱",
          greeting: greeting(locale, name),
          intro: "感谢注册职麦。请点击下方按钮验证你的邮箱地址，链接 24 小时内有效。",
          action: { label: "验证邮箱", link, fallback: "如果按钮无法打开，请复制以下链接到浏览器中访问：" },
          notYou: "如果这不是你本人的操作，请忽略这封邮件，该邮箱不会被激活。",
        },
  "reset-password": (locale, { name, link }) =>
    locale === "en"
      ? {
          subject: "Reset your Zhimai password",
          greeting: greeting(locale, name),
          intro:
            "We received a request to reset your Zhimai password. The link is valid for 30 minutes and can be used once.",
          action: {
            label: "Reset password",
            link,
            fallback: "If the button does not work, copy this link into your browser:",
          },
          notYou: "If this wasn't you, ignore this email; your password stays unchanged.",
        }
      : {
          subject: "重置你的职麦密码",
          greeting: greeting(locale, name),
          intro: "我们收到了重置你职麦账号密码的请求。链接 30 分钟内有效，且只能使用一次。",
          action: { label: "重置密码", link, fallback: "如果按钮无法打开，请复制以下链接到浏览器中访问：" },
          notYou: "如果这不是你本人的操作，请忽略这封邮件，你的密码不会改变。",
        },
  "password-changed": (locale, { name }) =>
    locale === "en"
      ? {
          subject: "Your Zhimai password was changed",
          greeting: greeting(locale, name),
          intro: "The password of your Zhimai account was just changed.",
          notYou:
            "If this wasn't you, reset your password right away with “Forgot password” on the sign-in page and contact our support.",
        }
      : {
          subject: "你的职麦密码已修改",
          greeting: greeting(locale, name),
          intro: "你的职麦账号密码刚刚被修改。",
          notYou: "如果这不是你本人的操作，请立即在登录页通过“忘记密码”重置密码，并联系客服。",
        },
  "billing-anomaly": (locale, { name, kind, ref, summary, link }) =>
    locale === "en"
      ? {
          subject: `Zhimai billing anomaly: ${kind}`,
          greeting: greeting(locale, name),
          intro: `The billing audit found a new anomaly of kind ${kind}${ref ? ` (${ref})` : ""}. ${summary}`.trim(),
          action: {
            label: "Open the admin console",
            link,
            fallback: "If the button does not work, copy this link into your browser:",
          },
          notYou: "Every admin receives this alert once. Mark the anomaly resolved in the console once it is handled.",
        }
      : {
          subject: `职麦账务异常：${kind}`,
          greeting: greeting(locale, name),
          intro: `账务审计发现一条新的异常，类型 ${kind}${ref ? `（${ref}）` : ""}。${summary}`.trim(),
          action: { label: "打开管理后台", link, fallback: "如果按钮无法打开，请复制以下链接到浏览器中访问：" },
          notYou: "每位管理员都会收到一次此提醒。处理完毕后，请在后台将该异常标记为已解决。",
        },
};

const FOOTER = {
  "zh-CN": "此邮件由系统自动发送，请勿直接回复。",
  en: "This is an automated message; please do not reply.",
} as const;

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function toText(copy: Copy, locale: Locale): string {
  const lines = [copy.greeting, "", copy.intro, ""];
  if (copy.action) lines.push(copy.action.link, "");
  lines.push(copy.notYou, "", `— ${BRAND[locale]}`, FOOTER[locale]);
  return `${lines.join("\n")}\n`;
}

function toHtml(copy: Copy, locale: Locale): string {
  const e = escapeHtml;
  const action = copy.action
    ? `<p style="margin:24px 0"><a href="${e(copy.action.link)}" style="display:inline-block;padding:12px 24px;background:#2563eb;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${e(copy.action.label)}</a></p>
<p style="margin:0 0 8px;color:#6b7280;font-size:13px">${e(copy.action.fallback)}</p>
<p style="margin:0 0 16px;font-size:13px;word-break:break-all"><a href="${e(copy.action.link)}" style="color:#2563eb">${e(copy.action.link)}</a></p>`
    : "";
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(copy.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f3f4f6;font-family:-apple-system,BlinkMacSystemFont,'PingFang SC','Microsoft YaHei','Segoe UI',Arial,sans-serif;color:#111827">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
<p style="margin:0 0 24px;font-size:20px;font-weight:700;color:#2563eb">${e(BRAND[locale])}</p>
<p style="margin:0 0 16px">${e(copy.greeting)}</p>
<p style="margin:0 0 16px;line-height:1.6">${e(copy.intro)}</p>
${action}
<p style="margin:16px 0 0;color:#6b7280;font-size:13px;line-height:1.6">${e(copy.notYou)}</p>
</div>
<p style="max-width:560px;margin:16px auto 0;color:#9ca3af;font-size:12px;text-align:center">${e(BRAND[locale])} · ${e(FOOTER[locale])}</p>
</body>
</html>
`;
}

/** Subject, HTML and plain text of one mail; throws when `data` lacks what the template needs. */
export function renderEmail(template: EmailTemplate, locale: Locale, data: Record<string, string>): RenderedEmail {
  const parsed = DATA_SCHEMAS[template].safeParse(data);
  if (!parsed.success) throw new TypeError(`email template ${template}: invalid data (${parsed.error.message})`);
  const values = { ...parsed.data, name: parsed.data.name || undefined };
  const copy = (COPY[template] as (locale: Locale, data: typeof values) => Copy)(locale, values);
  return { subject: copy.subject, html: toHtml(copy, locale), text: toText(copy, locale) };
}
