/**
 * Simplified Chinese UI strings — the source dictionary. `en.ts` must provide exactly the same keys
 * (its type is `Messages`, so a missing or extra key is a type error).
 * Placeholders use `{name}` and are filled by `t(key, { name })`.
 */
const zhCN = {
  "app.name": "职麦",
  "app.tagline": "AI 求职助手",
  "meta.title": "职麦 — 面向全球华语求职者的 AI 求职助手",

  "nav.home": "首页",
  "nav.pricing": "价格与会员",
  "nav.signIn": "登录",
  "nav.openApp": "进入工作台",
  "nav.main": "主导航",
  "nav.skipToContent": "跳到主要内容",

  "lang.label": "界面语言",
  "lang.zh": "中文",
  "lang.en": "English",

  "footer.note": "职麦是面向全球华语求职者的 AI 求职助手。",
  "footer.pricing": "价格与会员",

  "landing.hero.eyebrow": "面向全球华语求职者",
  "landing.hero.title": "用 AI 准备每一次求职",
  "landing.hero.subtitle":
    "职麦帮你诊断简历、预测面试问题、进行模拟面试，并在线上会议中实时辅助。按需使用积分付费，也可以选择周卡、月卡或季卡。",
  "landing.hero.ctaPrimary": "开始使用",
  "landing.hero.ctaSecondary": "查看价格",

  "landing.features.title": "职麦能帮你做什么",
  "landing.features.subtitle": "四项核心功能，覆盖从投递到面试的关键环节。",
  "landing.feature.diagnosis.title": "简历诊断",
  "landing.feature.diagnosis.body":
    "上传 PDF 简历，可附上目标岗位或职位描述。AI 从多个维度给出评分，指出具体问题和修改建议，并列出已匹配与缺失的关键词。",
  "landing.feature.prediction.title": "面试押题",
  "landing.feature.prediction.body":
    "根据你的简历和目标岗位，预测面试官可能提出的行为、技术、项目和 HR 问题，并说明出题原因、给出回答思路。",
  "landing.feature.mock.title": "模拟面试",
  "landing.feature.mock.body":
    "与 AI 面试官实时对话，可选择友好、中立或压力风格，支持中文和英文。结束后获得逐题评分、优势与改进建议。",
  "landing.feature.meeting.title": "会议助手",
  "landing.feature.meeting.body":
    "在线面试或会议进行时，根据对话内容实时给出回答建议；结束后生成会议纪要和待办事项。按分钟计费。",

  "landing.points.title": "积分与会员如何运作",
  "landing.points.subtitle": "先用积分按次付费，需要更多时再升级。规则简单透明。",
  "landing.points.step1.title": "充值获得积分",
  "landing.points.step1.body": "1 元人民币 = 2 积分，单笔最低充值 10 元。简历诊断、面试押题等功能按次消耗积分。",
  "landing.points.step2.title": "累计消费决定等级",
  "landing.points.step2.body":
    "会员等级由累计支付金额（充值与套餐）决定：普通、青铜、白银、黄金。等级越高，可用功能越多。",
  "landing.points.step3.title": "周卡、月卡、季卡",
  "landing.points.step3.body": "套餐在有效期内赠送积分并至少享受白银权益；套餐积分随套餐到期而失效。",
  "landing.points.link": "查看完整价格与权益",

  "landing.cta.title": "准备好开始了吗？",
  "landing.cta.body": "登录后即可上传简历，开始你的第一次诊断。",
  "landing.cta.button": "登录并开始",

  "pricing.title": "价格与会员",
  "pricing.subtitle": "积分按需付费，套餐按周期购买。所有金额以人民币计价。",
  "pricing.plans.title": "套餐",
  "pricing.plans.loading": "正在加载套餐…",
  "pricing.plans.error": "暂时无法加载套餐：{message}",
  "pricing.plans.retry": "重试",
  "pricing.plans.empty": "目前没有可购买的套餐。",
  "pricing.plan.days": "有效期 {days} 天",
  "pricing.plan.points": "赠送 {points} 积分",
  "pricing.plan.note": "套餐有效期内至少享受白银会员权益；套餐赠送的积分随套餐到期失效。",
  "pricing.plan.week": "周卡",
  "pricing.plan.month": "月卡",
  "pricing.plan.quarter": "季卡",

  "pricing.recharge.title": "充值规则",
  "pricing.recharge.rate": "1 元人民币 = {points} 积分",
  "pricing.recharge.min": "单笔最低充值 {min}",
  "pricing.recharge.body": "积分用于按次使用的功能，例如简历诊断和面试押题。每次使用前会显示所需积分。",

  "pricing.tiers.title": "会员等级与权益",
  "pricing.tiers.subtitle": "等级由累计支付金额（充值与套餐合计）决定。",
  "pricing.tiers.feature": "功能",
  "pricing.tiers.threshold": "累计支付",
  "pricing.tiers.caption": "各会员等级的功能权益",
  "pricing.tiers.planNote": "购买套餐后，套餐有效期内至少享受白银等级权益。",

  "tier.normal": "普通",
  "tier.bronze": "青铜",
  "tier.silver": "白银",
  "tier.gold": "黄金",
  "tier.range.below": "< {max}",
  "tier.range.between": "{min} – {max}",
  "tier.range.atLeast": "≥ {min}",

  "feature.diagnosis": "简历诊断",
  "feature.prediction": "面试押题",
  "feature.news": "职场资讯",
  "feature.fullReport": "完整报告",
  "feature.reportDownload": "报告下载",
  "feature.mockInterview": "模拟面试",
  "feature.meetingAssistant": "会议助手",
  "feature.emailReminders": "邮件日历提醒",
  "feature.earlyAccess": "新功能抢先体验",
  "feature.luckyDraw": "会员抽奖",

  "access.no": "不可用",
  "access.points": "消耗积分",
  "access.available": "可用",
  "access.free": "免费",
  "access.pointsEach": "{points} 积分/次",

  "login.title": "登录职麦",
  "login.subtitle": "使用邮箱和密码登录。",
  "login.email": "邮箱",
  "login.password": "密码",
  "login.submit": "登录",
  "login.submitting": "正在登录…",
  "login.failed": "登录失败",

  "shell.app": "工作台",
  "shell.admin": "管理后台",
  "shell.nav.overview": "概览",
  "shell.signOut": "退出登录",
  "shell.signedInAs": "当前账号",
  "shell.backToSite": "返回官网",
  "shell.sidebar": "侧边导航",

  "app.overview.title": "账户概览",
  "app.overview.email": "邮箱",
  "app.overview.name": "姓名",
  "app.overview.tier": "会员等级",
  "app.overview.points": "积分余额",
  "app.overview.totalPaid": "累计支付",
  "app.overview.membership": "当前套餐",
  "app.overview.membershipNone": "无",
  "app.overview.membershipUntil": "{plan}，有效期至 {date}",
  "app.overview.emailUnverified": "邮箱尚未验证",

  "admin.overview.title": "管理后台",
  "admin.overview.role": "角色",
  "role.user": "用户",
  "role.support": "客服",
  "role.admin": "管理员",

  "forbidden.title": "无权访问",
  "forbidden.body": "你的账号没有访问此页面的权限。",
  "notFound.code": "404",
  "notFound.title": "页面不存在",
  "notFound.body": "你访问的页面不存在或已被移动。",
  "notFound.home": "返回首页",
  "error.title": "出错了",
  "error.body": "页面加载时发生错误。",
  "error.retry": "重试",
  "common.loading": "加载中…",

  "api.network": "网络连接失败，请检查网络后重试。",
  "api.http": "请求失败（HTTP {status}）。",
  "api.invalidResponse": "服务器返回了无法识别的数据。",

  "devApi.title": "API 参考（开发环境）",
  "devApi.loading": "正在加载 OpenAPI 文档…",
  "devApi.error": "无法加载 OpenAPI 文档：{message}",
  "devApi.parameters": "参数",
  "devApi.requestBody": "请求体",
  "devApi.responses": "响应",
  "devApi.schemas": "数据模型",
  "devApi.required": "必填",
  "devApi.filter": "筛选路径",
  "devApi.count": "共 {count} 个接口",
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = { readonly [K in MessageKey]: string };

const messages: Messages = zhCN;
export default messages;
