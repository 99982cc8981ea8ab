import { type ZodError, z } from "zod";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Locale } from "./contract";
import type { FieldIssue } from "./errors";

const localeErrors = { "zh-CN": zhCN().localeError, en: z.locales.en().localeError } as const;

/**
 * Field messages that schemas reference by key (`z.string().refine(fn, { message: "password.common" })`)
 * so that one schema can speak both languages on web and worker.
 */
export const FIELD_MESSAGES: Record<string, Record<Locale, string>> = {
  "password.tooShort": { "zh-CN": "密码至少 8 个字符。", en: "Use at least 8 characters." },
  "password.tooLong": { "zh-CN": "密码最多 128 个字符。", en: "Use at most 128 characters." },
  "password.common": {
    "zh-CN": "这个密码太常见了，请换一个更难猜的。",
    en: "This password is too common. Choose one that is harder to guess.",
  },
  "email.invalid": { "zh-CN": "请输入有效的邮箱地址。", en: "Enter a valid email address." },
  "password.incorrect": { "zh-CN": "当前密码不正确。", en: "The current password is incorrect." },
  "inviteCode.unknown": { "zh-CN": "邀请码不存在。", en: "This invite code does not exist." },
  "profile.empty": { "zh-CN": "请至少修改一项。", en: "Change at least one field." },
  "recharge.outOfRange": { "zh-CN": "充值金额不在允许的范围内。", en: "This amount is outside the allowed range." },
  "recharge.wholeYuan": { "zh-CN": "充值金额须为整数元。", en: "Recharge whole yuan amounts only." },
  "plan.unavailable": { "zh-CN": "该套餐暂不可购买。", en: "This plan is not on sale." },
  "cursor.invalid": { "zh-CN": "分页参数无效。", en: "Invalid page cursor." },
};

/** Turns zod issues into the `details` of a `VALIDATION_FAILED` answer, worded for the caller's locale. */
export function toFieldIssues(error: ZodError, locale: Locale, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    const keyed = FIELD_MESSAGES[issue.message]?.[locale];
    // Zod words its default messages in English at parse time; re-word them for the caller.
    const message = keyed ?? (issue.code === "custom" ? issue.message : localized(issue, locale)) ?? issue.message;
    return { path, message, code: issue.code };
  });
}

function localized(issue: ZodError["issues"][number], locale: Locale): string | undefined {
  const result = localeErrors[locale](issue as Parameters<(typeof localeErrors)["en"]>[0]);
  if (typeof result === "string") return result;
  return result?.message;
}
