// Contact details in résumé text, and masking them before text goes to a third-party model.
//
//   import { maskContacts } from "../resumes/contacts";
//   const { text } = maskContacts(resume.text);          // unless the user opted in to sending them
//
// Masks are placeholders the model can still reason about ("has an email", "has a GitHub").

export const CONTACT_KINDS = ["email", "phone", "wechat", "qq", "idNumber", "address", "url", "name"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface ContactFinding {
  kind: ContactKind;
  /** The text as found. */
  value: string;
  /** What replaces it in masked text. */
  masked: string;
  start: number;
  end: number;
}

export interface MaskOptions {
  /** Keep github.com / linkedin.com / gitee.com… visible with the handle masked (default true). */
  keepProfileDomains?: boolean;
  /** Kinds to leave as they are. */
  keep?: ContactKind[];
}

export const MASKS: Record<ContactKind, string> = {
  email: "[邮箱/email]",
  phone: "[电话/phone]",
  wechat: "[微信/WeChat]",
  qq: "[QQ]",
  idNumber: "[证件号/ID]",
  address: "[地址/address]",
  url: "[链接/URL]",
  name: "[姓名/name]",
};

const PROFILE_DOMAINS =
  /^(?:https?:\/\/)?(?:www\.)?((?:github|gitee|gitlab|linkedin|stackoverflow|juejin|zhihu|behance|dribbble)\.(?:com|cn|io)|blog\.csdn\.net|csdn\.net|cnblogs\.com)\/(.+)$/i;

type Candidate = Omit<ContactFinding, "masked"> & { group?: number };

const EMAIL_RE = /[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
const CN_MOBILE_RE = /(?<![\d+])(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
const CN_LANDLINE_RE = /(?<!\d)(?:\(?0\d{2,3}\)?[\s-])\d{7,8}(?:-\d{1,5})?(?!\d)/g;
const INTL_PHONE_RE = /(?<![\w+])\+(?!86)\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}(?!\d)/g;
const US_PHONE_RE = /(?<!\d)\(\d{3}\)\s?\d{3}[\s.-]\d{4}(?!\d)/g;
const WECHAT_RE =
  /(?:微信号?|wechat(?:\s*id)?|weixin|vx|wx)\s*[:：]?\s*([A-Za-z][-_A-Za-z0-9]{5,19}|(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2})(?![-_A-Za-z0-9])/gi;
const QQ_RE = /(?:QQ|qq|Qq)\s*(?:号|号码)?\s*[:：]?\s*([1-9]\d{4,11})(?!\d)/g;
const ID_RE =
  /(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s，。；、|<>"'）)\]]+|(?<![@\w.])(?:github|gitee|gitlab|linkedin|juejin|zhihu)\.(?:com|cn|io)\/[^\s，。；、|<>"'）)\]]+|(?<![@\w.])(?:blog\.)?csdn\.net\/[^\s，。；、|<>"'）)\]]+/gi;
const ADDRESS_LABEL_RE =
  /(?:通讯地址|家庭住址|居住地址|现居住地|现住址|联系地址|住址|地址|address)\s*[:：]\s*([^\n|｜]+)/gi;
const STREET_LEVEL_RE = /\d|路|街|巷|弄|号|室|栋|幢|单元|小区|村|street|st\.|road|rd\.|avenue|ave|lane|blvd|apt/i;
const CN_ADDRESS_RE =
  /(?:现居住?|家住|住在|居住在?|位于)?([\p{Script=Han}]{2,10}(?:省|自治区|市)[\p{Script=Han}]{0,10}(?:市|区|县)[\p{Script=Han}\d ]{0,20}?(?:路|街|大道|巷|弄|胡同)\s?\d+\s?号(?:[\p{Script=Han}\dA-Za-z -]{0,30}?(?:室|楼|栋|幢|单元|层))?)/gu;
const EN_ADDRESS_RE =
  /(?<![\w-])\d{1,6}\s+(?:[A-Z][a-z]+\s){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct)\b\.?(?:,?\s*(?:Apt|Suite|Unit)\.?\s*\w+)?(?:,\s*[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?){0,2}(?:,?\s*[A-Z]{2}\s*\d{5})?/g;
const NAME_RE =
  /(?:姓\s*名|name)\s*[:：]\s*([\p{Script=Han}·]{2,6}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})(?=$|[\s|｜,，])/gmu;

function collect(text: string, re: RegExp, kind: ContactKind, group = 0, accept?: (v: string) => boolean) {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[group];
    if (value === undefined || value === "") continue;
    if (accept && !accept(value)) continue;
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(value));
    out.push({ kind, value, start, end: start + value.length });
  }
  return out;
}

/** GB 11643 check digit of an 18-character 身份证 number. */
export function validChineseId(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return "10X98765432"[sum % 11] === (id[17] ?? "").toUpperCase();
}

const trimUrl = (url: string) => url.replace(/[.,;:!?]+$/, "");

/** Every contact detail found in `text`, in order, without overlaps (the earliest, then longest, wins). */
export function detectContacts(text: string): Omit<ContactFinding, "masked">[] {
  const candidates: Candidate[] = [
    ...collect(text, EMAIL_RE, "email"),
    ...collect(text, ID_RE, "idNumber", 0, validChineseId),
    ...collect(text, WECHAT_RE, "wechat", 1),
    ...collect(text, QQ_RE, "qq", 1),
    ...collect(text, CN_MOBILE_RE, "phone"),
    ...collect(text, CN_LANDLINE_RE, "phone"),
    ...collect(text, INTL_PHONE_RE, "phone", 0, (v) => v.replace(/\D/g, "").length >= 8),
    ...collect(text, US_PHONE_RE, "phone"),
    ...collect(text, URL_RE, "url").map((c) => {
      const value = trimUrl(c.value);
      return { ...c, value, end: c.start + value.length };
    }),
    ...collect(text, ADDRESS_LABEL_RE, "address", 1, (v) => STREET_LEVEL_RE.test(v)).map((c) => {
      const value = c.value.trimEnd();
      return { ...c, value, end: c.start + value.length };
    }),
    ...collect(text, CN_ADDRESS_RE, "address", 1),
    ...collect(text, EN_ADDRESS_RE, "address"),
    ...collect(text, NAME_RE, "name", 1),
  ];
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const found: Omit<ContactFinding, "masked">[] = [];
  let until = -1;
  for (const c of candidates) {
    if (c.start < until) continue;
    found.push({ kind: c.kind, value: c.value, start: c.start, end: c.end });
    until = c.end;
  }
  return found;
}

function maskFor(finding: Omit<ContactFinding, "masked">, options: MaskOptions): string {
  if (finding.kind === "url" && options.keepProfileDomains !== false) {
    const profile = PROFILE_DOMAINS.exec(finding.value);
    if (profile) return `${profile[1]}/[账号/handle]`;
  }
  return MASKS[finding.kind];
}

/**
 * Replaces contact details in `text` with placeholders. Use on anything sent to a third-party model unless
 * the user opted in to sending their contact details. Returns the masked text and what was found.
 */
export function maskContacts(text: string, options: MaskOptions = {}): { text: string; found: ContactFinding[] } {
  const keep = new Set(options.keep ?? []);
  const found = detectContacts(text)
    .filter((f) => !keep.has(f.kind))
    .map((f) => ({ ...f, masked: maskFor(f, options) }));
  let out = "";
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return { text: out + text.slice(at), found };
}
