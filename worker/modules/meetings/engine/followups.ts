/**
 * Follow-ups said in the meeting: what the user promised ("我下周一把作品集发给您", "I'll send it over"),
 * what the other side asked the user to do ("麻烦会后把链接发我", "could you send…"), what they promised
 * themselves ("我们下周通知你") and next steps ("下一轮是技术面", "the next step is…").
 */
import { clipQuote, foldForMatch, hasCjk } from "../../analysis/engine/text";
import type { Speaker } from "../schemas";
import { sentences } from "./sentences";

export type FollowUpKind = "promise" | "request" | "awaiting" | "next";

export interface FollowUp {
  kind: FollowUpKind;
  /** The clause that says it, as spoken (clipped). */
  text: string;
}

const ZH_DELIVER =
  /发(?:给|到|一下|过去|过来|您|你|我|邮件|份)|寄|提供|补充|补发|整理|准备|提交|安排|约(?:一下|个|时间)|联系|通知|确认|反馈|回复|同步|跟进|看一下|看看|研究一下|分享|转发|推荐|对接|填(?:写|一下)/;
const ZH_TIME =
  /今天|今晚|明天|后天|下周[一二三四五六日天]?|这周|本周|周[一二三四五六日天]|月底|月初|稍后|回头|晚点|晚些|会后|之后|过几天|尽快|马上|[\d一二三两几]+\s*(?:天|个工作日|小时)(?:内|之内)?/;
const ZH_COMMIT = /会|将|把|争取|负责|打算|计划/;
const ZH_PAST = /已经|之前|当时|以前|上次|曾经|[发寄交供充理]了/;
const ZH_SELF = /^(?:(?:好的?|嗯+|那|行|可以|没问题|ok)[，,\s]*)*(?:我|我们|我这边|我们这边|这边)/;
// An interview question that mentions a task ("你怎么跟进客户") asks about it; it does not assign it.
const ZH_ASKING = /讲讲|说说|介绍|聊聊|谈谈|怎么|什么|为什么|如何|哪|有没有/;
const ZH_YOU_TASK =
  /(?:你|您)(?:这边)?(?:回去|之后|稍后|下来|会后|可以|方便|记得|再|准备|把|尽快|需要|得)|^(?:[那好嗯，,\s]*)?(?:请|麻烦)/;
const ZH_NEXT =
  /下一步|下一轮|下轮|后续(?:流程|安排|会|的)|二面|三面|终面|复试|hr\s*面|面试结果|(?:通知|联系)(?:你|您)|offer/;

const EN_PROMISE =
  /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\s+(?:\w+\s+)?(?:send|share|follow|get back|email|forward|prepare|put together|schedule|set up|reach out|circle back|look into|check|confirm|update|write|draft|provide|submit|loop|connect|introduce|book|let you know)|\blet me (?:send|share|follow|get back|check|look into|confirm|email|forward)/;
const EN_REQUEST =
  /\b(?:could|can|would) you (?:please )?(?:send|share|email|forward|prepare|provide|submit|fill|complete)|\bplease (?:send|share|email|forward|prepare|provide|submit|fill|complete)|\bmake sure (?:to|you)|\byou(?:'ll| will) need to|\byou should (?:prepare|send|bring)/;
const EN_NEXT =
  /\bnext (?:step|steps|round|stage)\b|\bwe'll be in touch\b|\bhear (?:back )?from us\b|\bfollow[- ]up\b|\b(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|the end of (?:the )?(?:day|week)|end of (?:day|week)|tomorrow)\b/;

// A new subject starts a new clause: "麻烦你把链接发我一下，我们下周会通知你" holds a request and a promise.
const SUBJECT_CHANGE = /[，,](?=\s*(?:我们|我|你们|你|您|咱们|hr)\s*)/i;

function clauses(text: string): string[] {
  return sentences(text).flatMap((s) =>
    s.text
      .split(SUBJECT_CHANGE)
      .map((c) => c.trim())
      .filter(Boolean),
  );
}

function classifyClause(s: string, speaker: Speaker): FollowUpKind | undefined {
  const t = foldForMatch(s);
  if (hasCjk(t)) {
    const deliver = ZH_DELIVER.test(t);
    if (deliver && !ZH_PAST.test(t)) {
      const committed = ZH_TIME.test(t) || ZH_COMMIT.test(t);
      if (ZH_SELF.test(t) && committed && !/[吗么?？]$/.test(t)) return speaker === "me" ? "promise" : "awaiting";
      if (speaker === "other" && ZH_YOU_TASK.test(t) && !ZH_ASKING.test(t)) return "request";
    }
    if (speaker === "other" && ZH_NEXT.test(t)) return "next";
    return undefined;
  }
  if (EN_PROMISE.test(t)) return speaker === "me" ? "promise" : "awaiting";
  if (speaker === "other" && EN_REQUEST.test(t)) return "request";
  if (EN_NEXT.test(t)) return "next";
  return undefined;
}

/** The follow-ups in one line of the transcript, at most one per clause. */
export function findFollowUps(text: string, speaker: Speaker): FollowUp[] {
  const out: FollowUp[] = [];
  for (const s of clauses(text)) {
    const kind = classifyClause(s, speaker);
    if (kind) out.push({ kind, text: clipQuote(s.replace(/[。；;，,\s]+$/, ""), hasCjk(s) ? 50 : 110) });
  }
  return out;
}
