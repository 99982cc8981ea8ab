/**
 * Is a final utterance from the other side a question the user should answer? Speech recognition often
 * drops the question mark, so besides "？/?" the utterance is read for interrogatives (吗, 什么, 为什么,
 * A不A, how/why/what, do you…) and imperative prompts (请介绍…, 讲讲…, tell me about…, walk me through…).
 * Backchannels ("嗯好的", "okay, thanks", "是吗？"), announcements ("我有个问题", "I have a question") and
 * call logistics ("能听到吗", "can you see my screen") are not. Interviews switch languages mid-sentence,
 * so every sentence is read by the rules of the script it is written in, whatever the meeting language.
 */
import { hasCjk, type Locale } from "../../analysis/engine/text";
import { findFollowUps } from "./followups";
import { sentences } from "./sentences";

// Quoted words are someone else's ("他问“你来吗”"): they neither make nor break a question.
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』|‘[^’]*’/g;

const FILLER_EN =
  /\b(?:ok(?:ay)?|thanks|thank you(?: so much| very much)?|great|sure|right|yes|yeah|yep|yup|no problem|got it|i see|alright|all right|cool|nice|perfect|awesome|good|sounds good|uh|um+|hmm+|mm+|ah+|oh+|wow|interesting|makes sense|fair enough|understood|cheers|of course|really|is that right|is that so|you know|isn't it|i guess|exactly|indeed|absolutely|definitely|no|not really)\b/g;
const FILLER_ZH =
  /嗯+|啊+|哦+|噢+|呃+|额+|唔+|哈+|好的|好吧|好嘞|挺好|很好|非常好|不错|没问题|明白了?|了解了?|知道了|收到|谢谢(?:你|您)?|感谢|不客气|没事|这样啊|原来如此|是的|对的|对对|真的|是这样|好|行|对|是|可以/g;
// Particles left over once filler is gone ("是吗？" → "吗").
const PARTICLES = /[吗嘛么呢吧啊呀哈啦了哦]/g;

/** Only backchannel: filler words, particles and punctuation. */
function isFiller(s: string): boolean {
  const rest = s.replace(FILLER_EN, " ").replace(FILLER_ZH, "").replace(PARTICLES, "");
  return !/[\p{L}\p{N}]/u.test(rest);
}

// Announcing a question is not asking it: the question comes next.
const META_ZH_CHARS =
  /^[那好下面接来然后最再先我还想要有问请教你您一几两个些小题事情下吗啊哈呀吧可以能的，,。.!！?？\s]+$/;
const META_ZH = /问题|问你|问您|请教/;
const META_EN = [
  /^(?:i (?:have|'ve got|got)|i'd like to ask|i want to ask|i'm going to ask|let me ask) (?:you )?(?:a|one|another|some|a few|a couple of|one more|a quick|a final|a last|my last|my next|the next)?\s*(?:more |quick |last |final |follow[- ]up |small )?(?:question|questions|thing|something)(?: for you)?$/,
  /^(?:can|could|may) i ask (?:you )?(?:a|one|another|some|a few|a quick|one more)?\s*(?:more |quick |follow[- ]up )?(?:question|questions|thing|something)$/,
  /^(?:next|last|final|another|one more|my next|my last|the next|the last|a follow[- ]up|a quick) question$/,
  /^(?:let's |let us )?mov(?:e|ing) on(?: to (?:the next|another) (?:question|topic))?$/,
];

// Call logistics and small talk: answered in a word, no suggestion needed.
const LOGISTICS = [
  /^(?:你|您)?(?:现在)?(?:能|可以)?(?:听|看)(?:得到|得见|到|见|清楚?)(?:我|我们)?(?:说话|的声音|的屏幕|屏幕)?(?:吗|么|不|了吗)?$/,
  /声音(?:清楚|可以|正常)|(?:网络|信号)(?:卡|不好|怎么样)|共享(?:一下)?屏幕/,
  /can you (?:hear|see) (?:me|us|my screen|the screen)|is my (?:audio|video|screen|mic)|you(?:'re| are) (?:on )?mute|^how are you(?: doing)?(?: today)?$|how's it going|how is your day|how was your (?:weekend|day)/,
  // Checks on the conversation itself.
  /^(?:(?:你)?(?:明白|懂|清楚)(?:我的?意思)?了?吗|准备好了吗|(?:那我们)?(?:可以)?开始了?吗|你那边(?:可以|方便)吗)$/,
  /^(?:do you know what i mean|you know what i mean|does that make sense|makes sense|are you (?:still )?there|are you ready|(?:can|shall) we (?:start|begin|get started))$/,
];

const DISCOURSE_ZH = /^(?:那么?|好的?|嗯+|然后|接下来|下面|首先|最后|那我们|okay|ok)[，,、\s]*/;
const ZH_PROMPT =
  /请问|介绍|谈谈|说说|讲讲|聊聊|描述|分享|解释|阐述|展开|举(?:个|一个|几个)?例|(?:讲|说|谈|聊|分享|描述)(?:一个|一次|一段|一件|个|几个)|(?:讲|说|聊|谈|回答|演示|写|画|分析|对比|比较|评价|设计|总结|补充)一下|听听/;
const ZH_WANT = /(?:想|希望)(?:了解|知道|听)/;
const ZH_WH =
  /什么|啥|怎么|怎样|为什么|为何|如何|哪|多少|多久|多长|多大|几(?:个|年|次|点|位|种|天|月|周|家|轮|分|块)|是否|能否|可否|有无|何时|何种|([\u4e00-\u9fff])[不没]\1/;
// Interrogative words that do not ask anything here.
const ZH_NOT_ASKING =
  /(?:不知道|不清楚|不确定|不管|不论|无论)[^，,]*?(?:为什么|什么|怎么|如何|哪|多少|是否|几)|这就是为什么|什么都|什么的|怎么说呢|多少有点|多少也|哪里哪里|没什么|不怎么|为什么呢[，,]?(?:是)?因为|没有什么|有什么说什么|不得不/g;
const ZH_END_PARTICLE = /[吗么][啊呀哈]?$/;

function zhSentenceAsks(s: string): boolean {
  const t = s.replace(DISCOURSE_ZH, "").replace(/[。！？!?；;，,.\s]+$/, "");
  if (!t) return false;
  const you = /你|您/.test(t);
  if (ZH_END_PARTICLE.test(t)) return true;
  if (/呢$/.test(t) && (you || ZH_WH.test(t))) return true;
  const prompt = t.match(ZH_PROMPT) ?? t.match(ZH_WANT);
  if (prompt && prompt.index !== undefined) {
    // "我先介绍一下我们公司" narrates; "我们聊聊你的项目" and "简单介绍一下" ask.
    const narrating = /我|咱/.test(t.slice(0, prompt.index)) && !you;
    if (!narrating) return true;
  }
  const asking = t.replace(ZH_NOT_ASKING, "、");
  const wh = asking.match(ZH_WH);
  if (wh && wh.index !== undefined) {
    const nearEnd = asking.length - (wh.index + wh[0].length) <= 6;
    return you || t.length <= 12 || nearEnd;
  }
  return false;
}

const DISCOURSE_EN =
  /^(?:(?:so|ok|okay|alright|all right|well|and|now|great|right|cool|good|um+|uh+|then|next|also|finally|lastly|first|firstly|perfect|thanks|thank you|sure)[,.!]?\s+)+/;
const EN_WH = /^(?:what|why|how|which|where|when|who|whom|whose)\b/;
const EN_NOT_WH =
  /^(?:what an? |how (?:nice|great|interesting|cool|lovely|wonderful|amazing|funny|fun)\b|which (?:is|means|was)\b|why not\b)/;
const EN_CLAUSE =
  /^(?:what|how|where|when|why|who|while|if|as|since|because|once)\s+(?:i|we|they|he|she|it|you)\b(?!\s*\?)/;
const EN_AUX =
  /^(?:do|does|did|have|has|had|can|could|would|will|are|were|is|was|should|shall|may|might)\s+(?:you|your|there)\b/;
const EN_AUX_ABOUT_YOU =
  /^(?:do|does|did|have|has|had|are|were|is|was|would|could|can)\s+(?:it|that|this|the)\b.*\byour?\b/;
const EN_PROMPT =
  /^(?:please\s+)?(?:tell|walk|talk|describe|explain|share|introduce|elaborate|expand|summari[sz]e|compare|define|outline|name|list)\b|^(?:please\s+)?(?:give (?:me|us) (?:an?|some|one|your)|run (?:me|us) through|take (?:me|us) through|go (?:through|over)|help (?:me|us) understand|say (?:more|a bit more)|think (?:of|about) a time)\b/;
const EN_EMBEDDED =
  /\b(?:tell|walk|take) (?:me|us) (?:about|through)\b|\bi(?:'d| would)(?: really)? (?:like|love) (?:to hear|to know|to understand|you to)\b|\bi(?:'m| am) (?:curious|interested) (?:about|in|to know|how|why|what|whether)\b|\bi (?:want|wanted) to (?:know|hear|understand)\b|\bi was wondering\b|\blet's (?:talk|hear|discuss|dive into|dig into|go through)(?: about)? (?:your|you)\b/;

function enSentenceAsks(s: string): boolean {
  const t = s
    .replace(DISCOURSE_EN, "")
    .replace(/[.!;,\s]+$/, "")
    .trim();
  if (!t) return false;
  // "When I was at Acme, we…" and "What we look for is…" open with a clause, not a question: what follows
  // the clause decides ("When you joined, what was your role?").
  if (EN_CLAUSE.test(t)) {
    const comma = t.indexOf(",");
    return comma > 0 && enSentenceAsks(t.slice(comma + 1));
  }
  if (EN_WH.test(t)) return !EN_NOT_WH.test(t);
  return EN_AUX.test(t) || EN_AUX_ABOUT_YOU.test(t) || EN_PROMPT.test(t) || EN_EMBEDDED.test(t);
}

function isMeta(s: string): boolean {
  if (hasCjk(s)) {
    const t = s.replace(/[。！？!?，,.\s]+$/, "");
    return (
      META_ZH.test(t) && META_ZH_CHARS.test(t) && (/我/.test(t) || /^(?:问|下一个|最后一个|换个|再来一个)/.test(t))
    );
  }
  const t = s
    .replace(DISCOURSE_EN, "")
    .replace(/[.!?,\s]+$/, "")
    .trim();
  return META_EN.some((re) => re.test(t));
}

// Greetings before the first sentence's point: "你好，能听到吗" is about the call.
const GREETING = /^(?:你好|您好|喂|哈喽|嗨|hello|hi|hey)[，,!！\s]*/;

/**
 * The sentences of an utterance that ask the user something, as spoken (quotes kept). Words in quotes are
 * masked for the reading, so sentence offsets still point into the original.
 */
export function askingSentences(text: string): string[] {
  const masked = text.replace(QUOTED, (q) => `${q[0]}${"\uE000".repeat(q.length - 2)}${q.at(-1)}`);
  // A line that is all quote ("“你为什么离职？”") is read as it stands.
  const allQuote = !/[\p{L}\p{N}]/u.test(masked.replace(/[“”"「」『』‘’]/g, ""));
  const read = allQuote ? text.replace(/[“”"「」『』‘’]/g, " ") : masked;
  return sentences(read)
    .filter(({ text: s0 }) => {
      const s = s0.normalize("NFKC").toLowerCase().replace(GREETING, "");
      const core = s.replace(/[。！？!?；;，,.\s]+$/, "");
      if (!core || isFiller(core) || isMeta(core) || LOGISTICS.some((re) => re.test(core))) return false;
      // "麻烦会后把作品集发我" / "could you send me…?" asks for a follow-up, not for an answer.
      if (findFollowUps(s, "other").some((f) => f.kind === "request")) return false;
      if (/[?？]/.test(s)) return true;
      return (hasCjk(s) && zhSentenceAsks(s)) || (/[a-z]{2}/.test(s) && enSentenceAsks(s));
    })
    .map(({ text: s, start }) => (allQuote ? s : text.slice(start, start + s.length)));
}

/**
 * Is this final utterance from the other side a question the user should answer? The meeting language
 * does not change the reading: interviews code-switch, so each sentence is read by the rules of its script.
 */
export function isQuestion(text: string, _language: Locale): boolean {
  return askingSentences(text).length > 0;
}

/** Only backchannel ("嗯好的", "okay, thanks"): no answer expected, and no answer given. */
export const isBackchannel = (text: string): boolean => isFiller(text.normalize("NFKC").toLowerCase());
