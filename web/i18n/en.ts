import type { Messages } from "./zh-CN.ts";

/** English UI strings. Typed as `Messages`: keys must match `zh-CN.ts` exactly. */
const en: Messages = {
  "app.name": "Zhimai",
  "app.tagline": "AI job-seeking assistant",
  "meta.title": "Zhimai — the AI job-seeking assistant for Chinese-speaking job seekers",

  "nav.home": "Home",
  "nav.pricing": "Pricing",
  "nav.signIn": "Sign in",
  "nav.openApp": "Open the app",
  "nav.main": "Main navigation",
  "nav.skipToContent": "Skip to main content",

  "lang.label": "Interface language",
  "lang.zh": "中文",
  "lang.en": "English",

  "footer.note": "Zhimai is an AI job-seeking assistant for Chinese-speaking job seekers worldwide.",
  "footer.pricing": "Pricing",

  "landing.hero.eyebrow": "For Chinese-speaking job seekers worldwide",
  "landing.hero.title": "Prepare every application with AI",
  "landing.hero.subtitle":
    "Zhimai reviews your résumé, predicts interview questions, runs mock interviews and assists you live during online meetings. Pay per use with points, or choose a weekly, monthly or quarterly plan.",
  "landing.hero.ctaPrimary": "Get started",
  "landing.hero.ctaSecondary": "See pricing",

  "landing.features.title": "What Zhimai does for you",
  "landing.features.subtitle": "Four core features for the moments that matter, from application to interview.",
  "landing.feature.diagnosis.title": "Résumé diagnosis",
  "landing.feature.diagnosis.body":
    "Upload your résumé as a PDF, optionally with a target role or job description. The AI scores it on several dimensions, points out concrete issues with suggested fixes, and lists matched and missing keywords.",
  "landing.feature.prediction.title": "Interview-question prediction",
  "landing.feature.prediction.body":
    "Based on your résumé and target role, Zhimai predicts the behavioural, technical, project and HR questions you are likely to be asked, explains why, and outlines an answer.",
  "landing.feature.mock.title": "Mock interview",
  "landing.feature.mock.body":
    "Talk to an AI interviewer in real time, in a friendly, neutral or pressure style, in Chinese or English. Afterwards you get a score per question, your strengths and what to improve.",
  "landing.feature.meeting.title": "Meeting assistant",
  "landing.feature.meeting.body":
    "During an online interview or meeting, get live answer suggestions based on the conversation; afterwards, a summary and action items. Billed per minute.",

  "landing.points.title": "How points and membership work",
  "landing.points.subtitle":
    "Start by paying per use with points and upgrade when you need more. Simple, transparent rules.",
  "landing.points.step1.title": "Recharge to get points",
  "landing.points.step1.body":
    "1 CNY = 2 points, with a minimum recharge of ¥10. Features such as résumé diagnosis and question prediction cost points per use.",
  "landing.points.step2.title": "Your total spend sets your tier",
  "landing.points.step2.body":
    "Your membership tier — Normal, Bronze, Silver or Gold — follows your cumulative paid amount (recharges and plans). Higher tiers unlock more features.",
  "landing.points.step3.title": "Weekly, monthly and quarterly plans",
  "landing.points.step3.body":
    "A plan grants points and at least Silver benefits while it runs; plan points expire when the plan ends.",
  "landing.points.link": "See full pricing and benefits",

  "landing.cta.title": "Ready to start?",
  "landing.cta.body": "Sign in to upload your résumé and run your first diagnosis.",
  "landing.cta.button": "Sign in and start",

  "pricing.title": "Pricing and membership",
  "pricing.subtitle": "Pay per use with points, or buy a plan for a period. All amounts are in Chinese yuan (CNY).",
  "pricing.plans.title": "Plans",
  "pricing.plans.loading": "Loading plans…",
  "pricing.plans.error": "Plans could not be loaded: {message}",
  "pricing.plans.retry": "Try again",
  "pricing.plans.empty": "No plans are available right now.",
  "pricing.plan.days": "Valid for {days} days",
  "pricing.plan.points": "{points} points included",
  "pricing.plan.note":
    "While a plan runs you get at least Silver benefits; points granted by a plan expire when the plan ends.",
  "pricing.plan.week": "Weekly plan",
  "pricing.plan.month": "Monthly plan",
  "pricing.plan.quarter": "Quarterly plan",

  "pricing.recharge.title": "Recharging points",
  "pricing.recharge.rate": "1 CNY = {points} points",
  "pricing.recharge.min": "Minimum recharge {min}",
  "pricing.recharge.body":
    "Points pay for per-use features such as résumé diagnosis and question prediction. The cost is shown before each use.",

  "pricing.tiers.title": "Membership tiers and benefits",
  "pricing.tiers.subtitle": "Your tier follows your cumulative paid amount (recharges and plans combined).",
  "pricing.tiers.feature": "Feature",
  "pricing.tiers.threshold": "Cumulative paid",
  "pricing.tiers.caption": "Features available in each membership tier",
  "pricing.tiers.planNote": "With an active plan you get at least Silver benefits for as long as the plan runs.",

  "tier.normal": "Normal",
  "tier.bronze": "Bronze",
  "tier.silver": "Silver",
  "tier.gold": "Gold",
  "tier.range.below": "< {max}",
  "tier.range.between": "{min} – {max}",
  "tier.range.atLeast": "≥ {min}",

  "feature.diagnosis": "Résumé diagnosis",
  "feature.prediction": "Interview-question prediction",
  "feature.news": "Workplace news",
  "feature.fullReport": "Full reports",
  "feature.reportDownload": "Report download",
  "feature.mockInterview": "Mock interview",
  "feature.meetingAssistant": "Meeting assistant",
  "feature.emailReminders": "Email calendar reminders",
  "feature.earlyAccess": "Early access to new features",
  "feature.luckyDraw": "Member lucky draws",

  "access.no": "Not available",
  "access.points": "Paid with points",
  "access.available": "Available",
  "access.free": "Free",
  "access.pointsEach": "{points} points each",

  "login.title": "Sign in to Zhimai",
  "login.subtitle": "Use your email address and password.",
  "login.email": "Email",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.submitting": "Signing in…",
  "login.failed": "Sign-in failed",

  "shell.app": "Workspace",
  "shell.admin": "Admin console",
  "shell.nav.overview": "Overview",
  "shell.signOut": "Sign out",
  "shell.signedInAs": "Signed in as",
  "shell.backToSite": "Back to website",
  "shell.sidebar": "Sidebar navigation",

  "app.overview.title": "Account overview",
  "app.overview.email": "Email",
  "app.overview.name": "Name",
  "app.overview.tier": "Tier",
  "app.overview.points": "Points balance",
  "app.overview.totalPaid": "Total paid",
  "app.overview.membership": "Current plan",
  "app.overview.membershipNone": "None",
  "app.overview.membershipUntil": "{plan}, valid until {date}",
  "app.overview.emailUnverified": "Email not verified yet",

  "admin.overview.title": "Admin console",
  "admin.overview.role": "Role",
  "role.user": "User",
  "role.support": "Support",
  "role.admin": "Administrator",

  "forbidden.title": "Access denied",
  "forbidden.body": "Your account is not allowed to open this page.",
  "notFound.code": "404",
  "notFound.title": "Page not found",
  "notFound.body": "The page you are looking for does not exist or has moved.",
  "notFound.home": "Back to home",
  "error.title": "Something went wrong",
  "error.body": "An error occurred while loading this page.",
  "error.retry": "Try again",
  "common.loading": "Loading…",

  "api.network": "Network error. Check your connection and try again.",
  "api.http": "Request failed (HTTP {status}).",
  "api.invalidResponse": "The server sent data that could not be understood.",

  "devApi.title": "API reference (development)",
  "devApi.loading": "Loading the OpenAPI document…",
  "devApi.error": "The OpenAPI document could not be loaded: {message}",
  "devApi.parameters": "Parameters",
  "devApi.requestBody": "Request body",
  "devApi.responses": "Responses",
  "devApi.schemas": "Schemas",
  "devApi.required": "required",
  "devApi.filter": "Filter paths",
  "devApi.count": "{count} operations",
};

export default en;
