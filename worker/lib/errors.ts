import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Locale } from "./contract";

type Catalog = Record<string, { status: ContentfulStatusCode; "zh-CN": string; en: string }>;

/**
 * Every stable error code the API answers with, its HTTP status and its message in each locale.
 * Codes are part of the public contract (API.md): add freely, never rename.
 */
export const ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    "zh-CN": "提交的数据有误，请检查后重试。",
    en: "Some fields are invalid. Please check and try again.",
  },
  MALFORMED_JSON: { status: 400, "zh-CN": "请求体不是有效的 JSON。", en: "The request body is not valid JSON." },
  UNAUTHENTICATED: { status: 401, "zh-CN": "请先登录。", en: "Please sign in first." },
  INVALID_CREDENTIALS: {
    status: 401,
    "zh-CN": "邮箱或密码不正确。",
    en: "The email or password is incorrect.",
  },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    "zh-CN": "请先验证邮箱，我们已向您的邮箱发送了验证链接。",
    en: "Please verify your email first. We sent a verification link to your inbox.",
  },
  EMAIL_TAKEN: { status: 409, "zh-CN": "该邮箱已注册。", en: "This email is already registered." },
  TOKEN_INVALID: {
    status: 400,
    "zh-CN": "链接无效或已过期，请重新获取。",
    en: "This link is invalid or has expired. Please request a new one.",
  },
  TURNSTILE_FAILED: {
    status: 400,
    "zh-CN": "人机验证未通过，请重试。",
    en: "The human verification failed. Please try again.",
  },
  FORBIDDEN: { status: 403, "zh-CN": "您没有权限执行此操作。", en: "You are not allowed to do this." },
  CSRF_REJECTED: {
    status: 403,
    "zh-CN": "请求来源校验失败，请刷新页面后重试。",
    en: "The request origin was rejected. Refresh the page and try again.",
  },
  TIER_REQUIRED: {
    status: 403,
    "zh-CN": "当前会员等级无法使用此功能，请升级会员。",
    en: "Your membership tier does not include this feature. Please upgrade.",
  },
  NOT_FOUND: { status: 404, "zh-CN": "未找到请求的内容。", en: "Not found." },
  METHOD_NOT_ALLOWED: { status: 405, "zh-CN": "不支持该请求方法。", en: "Method not allowed." },
  CONFLICT: {
    status: 409,
    "zh-CN": "操作与当前状态冲突，请刷新后重试。",
    en: "This conflicts with the current state. Refresh and try again.",
  },
  PAYLOAD_TOO_LARGE: { status: 413, "zh-CN": "请求内容过大。", en: "The request is too large." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, "zh-CN": "不支持的内容类型。", en: "Unsupported content type." },
  INSUFFICIENT_POINTS: {
    status: 402,
    "zh-CN": "积分不足，请先充值。",
    en: "Not enough points. Please recharge first.",
  },
  JOB_NOT_READY: {
    status: 409,
    "zh-CN": "分析尚未完成，完成后即可下载报告。",
    en: "The analysis has not finished yet. The report can be downloaded once it has.",
  },
  RATE_LIMITED: {
    status: 429,
    "zh-CN": "操作过于频繁，请稍后再试。",
    en: "Too many requests. Please try again later.",
  },
  SIGNATURE_INVALID: { status: 401, "zh-CN": "签名校验失败。", en: "The signature is invalid." },
  PAYMENT_PROVIDER_ERROR: {
    status: 502,
    "zh-CN": "支付服务暂时无法下单，请稍后重试。",
    en: "The payment provider could not take the order. Please try again later.",
  },
  PAYMENT_NOT_CONFIGURED: {
    status: 503,
    "zh-CN": "该支付方式暂未开通。",
    en: "This payment method is not available.",
  },
  REFUND_FAILED: {
    status: 502,
    "zh-CN": "支付服务未能受理退款，请查看详情后重试。",
    en: "The payment provider did not accept the refund. Check the details and try again.",
  },
  NOT_A_PDF: { status: 400, "zh-CN": "请上传 PDF 格式的简历。", en: "Please upload your résumé as a PDF." },
  FILE_TOO_LARGE: { status: 413, "zh-CN": "文件不能超过 10 MB。", en: "The file must not be larger than 10 MB." },
  PDF_ENCRYPTED: {
    status: 400,
    "zh-CN": "该 PDF 已加密或设置了密码，请导出未加密的版本后再上传。",
    en: "This PDF is encrypted or password-protected. Export an unprotected copy and upload that.",
  },
  PDF_NO_TEXT: {
    status: 400,
    "zh-CN": "未能从 PDF 中识别到文字，可能是扫描件或图片，请上传由 Word、WPS 或网页导出的 PDF。",
    en: "No text could be found in this PDF (it may be a scan or an image). Upload a PDF exported from Word, WPS or a browser.",
  },
  TOO_MANY_PAGES: { status: 400, "zh-CN": "简历不能超过 20 页。", en: "The résumé must not be longer than 20 pages." },
  PDF_UNREADABLE: {
    status: 400,
    "zh-CN": "无法读取该 PDF，文件可能已损坏，请重新导出后再上传。",
    en: "This PDF could not be read; it may be damaged. Export it again and upload the new file.",
  },
  SESSION_ENDED: {
    status: 409,
    "zh-CN": "本场会话已结束。",
    en: "This session has ended.",
  },
  SESSION_BUSY: {
    status: 409,
    "zh-CN": "正在处理上一条内容，请稍候再发送。",
    en: "Still working on your last message. Please wait a moment.",
  },
  UPGRADE_REQUIRED: {
    status: 426,
    "zh-CN": "此地址只接受 WebSocket 连接。",
    en: "This address only accepts WebSocket connections.",
  },
  INTERNAL: {
    status: 500,
    "zh-CN": "服务器开小差了，请稍后再试。",
    en: "Something went wrong on our side. Please try again later.",
  },
  UNAVAILABLE: {
    status: 503,
    "zh-CN": "服务暂时不可用，请稍后再试。",
    en: "The service is temporarily unavailable. Please try again later.",
  },
} as const satisfies Catalog;

export type ErrorCode = keyof typeof ERRORS;

export type FieldIssue = { path: string; message: string; code?: string };

/** A failure that is part of the contract: a stable code, its status, optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly details?: unknown;
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, options: { details?: unknown; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = options.details;
    this.headers = options.headers;
  }
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return ERRORS[code][locale];
}

export function errorBody(code: ErrorCode, locale: Locale, details?: unknown) {
  return { error: { code, message: errorMessage(code, locale), ...(details === undefined ? {} : { details }) } };
}
