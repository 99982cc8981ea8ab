/**
 * Signals read from single lines: quantified results, the strength of the opening verb, mis-cased
 * technical terms and contact details.
 */
import { DATE_LIKE } from "./dates";
import { hasCjk, LATIN_TOKEN } from "./text";

// —— Quantified achievements ——

const CN_QUANTITY =
  /[一二两三四五六七八九十百千万]+(?:倍|成|个百分点|万|千)|翻(?:了)?(?:一|两|几)?(?:倍|番)|一半|半数|过半|减半|第[一二三1-3]名|排名第|top\s*\d/i;

/** True when a line states a result with a number (dates, versions like Vue3 and H5 do not count). */
export function isQuantified(line: string): boolean {
  const stripped = line
    .normalize("NFKC")
    .replace(DATE_LIKE, " ")
    .replace(/[A-Za-z]+\d+[A-Za-z\d]*/g, " ");
  return /\d/.test(stripped) || /[%‰¥$€£]/.test(stripped) || CN_QUANTITY.test(stripped);
}

const CHANGE =
  /[%％‰倍]|提升|提高|降低|减少|缩短|增长|节省|翻|increas|reduc|improv|cut|sav|grew|growth|faster|lower|higher/i;

/** How strongly a line states a result: a rate or multiple (40%, 2 倍) and a stated change beat a bare count. */
export function quantStrength(line: string): number {
  if (!isQuantified(line)) return 0;
  let s = 1;
  if (/[%％‰倍]|\d\s*x\b|从\s*\S{0,12}\d[^，,；;。]{0,12}(?:到|至|降|升|提)/i.test(line)) s += 2;
  if (CHANGE.test(line)) s += 1;
  if (/[¥$€£￥]|\d\s*(?:万|亿|千)?元/.test(line)) s += 1;
  return s;
}

/** The clause of a bullet that carries its number ("首屏时间降低 40%"), preferring a stated change. */
export function quantifiedClause(line: string): string {
  const clauses = line
    .split(/[，,；;。]/)
    .map((c) => c.trim())
    .filter((c) => c.length >= 4 && isQuantified(c));
  return clauses.sort((a, b) => quantStrength(b) - quantStrength(a))[0] ?? line.trim();
}

// —— Action verbs ——

export type VerbStrength = "strong" | "neutral" | "weak" | "none";

// biome-ignore format: word lists
const ZH_STRONG = ["主导", "牵头", "带领", "领导", "统筹", "设计", "实现", "优化", "推动", "推进", "搭建", "构建", "开发", "研发", "重构", "落地", "制定", "建立", "打造", "提升", "提高", "降低", "减少", "增加", "增长", "策划", "创建", "发起", "上线", "交付", "改进", "改造", "迁移", "封装", "撰写", "分析", "规划", "谈判", "拓展", "开拓", "签约", "达成", "促成", "孵化", "部署", "攻克", "解决", "排查", "定位", "沉淀", "输出", "组织", "指导", "培养", "建设", "引入", "实施", "升级", "抽象", "梳理", "独立完成", "独立负责", "从0到1", "从零", "设立", "管理", "运营", "主持", "创立", "拿下", "获得", "斩获", "节省", "缩短"];
// biome-ignore format: word lists
const ZH_NEUTRAL = ["负责", "完成", "使用", "编写", "维护", "处理", "执行", "支持", "协调", "对接", "跟进", "整理", "收集", "撰稿", "制作", "运用", "承担"];
// biome-ignore format: word lists
const ZH_WEAK = ["参与", "协助", "配合", "帮助", "辅助", "学习", "了解", "熟悉", "接触", "跟随", "旁听", "见习", "打杂", "一起"];

// biome-ignore format: word lists
const EN_STRONG = ["led", "lead", "built", "build", "design", "implement", "optimiz", "optimis", "reduc", "increas", "launch", "drove", "driv", "architect", "automat", "migrat", "deliver", "own", "creat", "develop", "improv", "scal", "spearhead", "ship", "negotiat", "grew", "grow", "mentor", "analy", "streamlin", "establish", "refactor", "deploy", "integrat", "accelerat", "cut", "boost", "achiev", "generat", "won", "secur", "closed", "expand", "pioneer", "found", "initiat", "orchestrat", "overhaul", "redesign", "revamp", "transform", "resolv", "engineer", "invent", "headed", "direct", "manag", "planned", "organiz", "organis", "produc", "sav", "doubl", "tripl", "halv", "exceed", "rais", "conduct", "train", "recruit", "hired", "authored", "publish", "prototyp"];
// biome-ignore format: word lists
const EN_NEUTRAL = ["maintain", "support", "handl", "coordinat", "wrote", "writ", "perform", "prepar", "use", "used", "utiliz", "collaborat", "contribut", "complet", "updat", "test", "document", "monitor", "review", "research", "communicat", "implemented"];
const EN_WEAK_PHRASES =
  /^(?:helped|help(?:ing)?|assisted|assist(?:ing)?|participated|participat(?:ing|e) in|involved in|was involved|worked on|work(?:ing|ed)? on|responsible for|in charge of|tasked with|duties included|familiar with|learned|learning|exposure to|was part of|part of|did|had)\b/i;

export interface VerbReading {
  strength: VerbStrength;
  /** The verb or phrase as written. */
  verb?: string;
}

export function readVerb(bullet: string): VerbReading {
  let t = bullet.normalize("NFKC").trim();
  if (hasCjk(t)) {
    t = t.replace(/^(?:我|本人|独自|个人)/, "");
    const colon = t.search(/[:：]/);
    const candidates = [t];
    if (colon > 0 && colon <= 20) candidates.push(t.slice(colon + 1).trim());
    for (const c of candidates) {
      const head = c.slice(0, 12);
      const found: { verb: string; at: number; strength: VerbStrength }[] = [];
      for (const [list, strength] of [
        [ZH_STRONG, "strong"],
        [ZH_NEUTRAL, "neutral"],
        [ZH_WEAK, "weak"],
      ] as const) {
        for (const verb of list) {
          const at = head.indexOf(verb);
          if (at >= 0) found.push({ verb, at, strength });
        }
      }
      found.sort((a, b) => a.at - b.at || b.verb.length - a.verb.length);
      const first = found[0];
      // The verb has to open the bullet (a short lead such as "独立" or "在 X 中" is allowed).
      if (!first || first.at > 6) continue;
      if (first.strength === "neutral") {
        // "负责设计并实现…" is led by a concrete action; "负责订单模块" is a duty.
        const end = first.at + first.verb.length;
        const next = found.find((f) => f.strength === "strong" && f.at === end);
        if (next) return { strength: "strong", verb: next.verb };
      }
      return { strength: first.strength, verb: first.verb };
    }
    return { strength: "none" };
  }
  const weak = t.match(EN_WEAK_PHRASES);
  if (weak) return { strength: "weak", verb: weak[0] };
  const first = t.match(/^[A-Za-z][A-Za-z-]*/)?.[0];
  if (!first) return { strength: "none" };
  const w = first.toLowerCase();
  if (EN_NEUTRAL.some((v) => w === v || (w.startsWith(v) && v.length >= 4)))
    return { strength: "neutral", verb: first };
  if (EN_STRONG.some((v) => w === v || (w.startsWith(v) && v.length >= 3))) return { strength: "strong", verb: first };
  return { strength: "none", verb: first };
}

export const VERB_WEIGHT: Record<VerbStrength, number> = { strong: 1, neutral: 0.6, none: 0.4, weak: 0.15 };

// —— Mis-cased technical terms ——

interface Term {
  canonical: string;
  /** Also acceptable as written. */
  accepted?: string[];
  /** Common English words: only flagged inside Chinese lines or the skills section. */
  ambiguous?: boolean;
}
// biome-ignore format: a table reads best one row a line
const TERM_ROWS: [string, string, string?, boolean?][] = [
  // [canonical, wrong variants (lower-cased, | separated), accepted forms, ambiguous]
  ["JavaScript", "javascript|java script"], ["TypeScript", "typescript"], ["Node.js", "nodejs|node.js|node js", "Node|NodeJS"],
  ["MySQL", "mysql"], ["PostgreSQL", "postgresql|postgres", "Postgres"], ["MongoDB", "mongodb"], ["Redis", "redis"],
  ["GitHub", "github"], ["GitLab", "gitlab"], ["Git", "git"], ["HTML", "html"], ["HTML5", "html5"], ["CSS", "css"], ["CSS3", "css3"],
  ["React", "react", "", true], ["Vue", "vue|vue.js|vuejs", "Vue.js|VueJS|Vue2|Vue3"], ["Angular", "angular", "AngularJS"], ["jQuery", "jquery"],
  ["webpack", "webpack", "Webpack"], ["Vite", "vite"], ["Next.js", "nextjs|next.js"], ["Nuxt", "nuxt|nuxtjs|nuxt.js", "Nuxt.js"],
  ["Java", "java"], ["Python", "python"], ["PHP", "php"], ["Golang", "golang", "Go"], ["Kotlin", "kotlin"], ["Swift", "swift", "", true],
  ["C++", "c++"], ["C#", "c#"], ["Spring Boot", "springboot|spring boot", "SpringBoot"], ["Spring Cloud", "springcloud|spring cloud", "SpringCloud"],
  ["MyBatis", "mybatis"], ["Docker", "docker"], ["Kubernetes", "kubernetes"], ["Linux", "linux"], ["Nginx", "nginx", "NGINX|nginx"],
  ["Kafka", "kafka"], ["RabbitMQ", "rabbitmq"], ["RocketMQ", "rocketmq"], ["Elasticsearch", "elasticsearch"], ["ZooKeeper", "zookeeper"],
  ["Jenkins", "jenkins"], ["Django", "django"], ["Flask", "flask", "", true], ["FastAPI", "fastapi"], ["Hadoop", "hadoop"], ["Spark", "spark", "", true],
  ["Hive", "hive", "", true], ["Flink", "flink"], ["ClickHouse", "clickhouse"], ["TensorFlow", "tensorflow"], ["PyTorch", "pytorch"],
  ["NumPy", "numpy"], ["pandas", "pandas", "Pandas"], ["scikit-learn", "scikit-learn|sklearn", "Scikit-learn|sklearn"], ["OpenCV", "opencv"],
  ["Excel", "excel", "", true], ["PowerPoint", "powerpoint"], ["PPT", "ppt"], ["Tableau", "tableau"], ["Power BI", "powerbi|power bi"],
  ["SQL", "sql"], ["NoSQL", "nosql"], ["JSON", "json"], ["RESTful", "restful"], ["GraphQL", "graphql"], ["HTTP", "http"], ["HTTPS", "https"],
  ["API", "api"], ["iOS", "ios"], ["Android", "android"], ["macOS", "macos|mac os"], ["WeChat", "wechat"], ["Figma", "figma"], ["Axure", "axure"],
  ["Photoshop", "photoshop"], ["Illustrator", "illustrator", "", true], ["MATLAB", "matlab"], ["SPSS", "spss"], ["LaTeX", "latex"],
  ["ChatGPT", "chatgpt"], ["OpenAI", "openai"], ["LLM", "llm"], ["LangChain", "langchain"], ["DevOps", "devops"], ["CI/CD", "ci/cd|cicd"],
  ["OAuth", "oauth"], ["WebSocket", "websocket"], ["TCP/IP", "tcp/ip"], ["AWS", "aws"], ["ECharts", "echarts"], ["uni-app", "uniapp|uni-app"],
  ["Redux", "redux"], ["Vuex", "vuex"], ["Pinia", "pinia"], ["Tailwind CSS", "tailwindcss|tailwind", "Tailwind|TailwindCSS"],
  ["Element UI", "element ui|elementui|element-ui", "Element|ElementUI|Element-UI"], ["Ant Design", "ant design|antdesign", "antd"], ["SaaS", "saas"], ["SEO", "seo"], ["UI", "ui"], ["UX", "ux"], ["JVM", "jvm"], ["gRPC", "grpc"], ["Jira", "jira", "JIRA"],
  ["VS Code", "vscode|vs code", "VSCode"], ["IntelliJ IDEA", "intellij", "IntelliJ|IDEA"], ["Postman", "postman"], ["Ajax", "ajax", "AJAX"],
  ["ES6", "es6"], ["Sass", "sass", "SASS|SCSS"], ["Less", "less", "LESS", true], ["Three.js", "three.js|threejs"],
];

const TERMS = new Map<string, Term>();
for (const [canonical, variants, accepted, ambiguous] of TERM_ROWS) {
  for (const v of variants.split("|")) {
    if (TERMS.has(v)) continue;
    TERMS.set(v, { canonical, accepted: accepted ? accepted.split("|") : [], ambiguous });
  }
}

export interface CasingFinding {
  written: string;
  canonical: string;
  /** Offset in the searched text. */
  index: number;
}

/** Terms written with the wrong case or spelling (javascript → JavaScript). */
export function findMiscasedTerms(text: string, isSkillsLine: (index: number) => boolean): CasingFinding[] {
  const out: CasingFinding[] = [];
  const re = new RegExp(LATIN_TOKEN.source, "g");
  let skipUntil = 0;
  for (const m of text.matchAll(re)) {
    const written = m[0];
    if (m.index < skipUntil) continue;
    const prev = text[m.index - 1];
    const next = text[m.index + written.length];
    if (
      prev === "@" ||
      prev === "/" ||
      prev === "." ||
      next === "@" ||
      (next === ":" && text[m.index + written.length + 1] === "/")
    )
      continue;
    let key = written.toLowerCase();
    let term = TERMS.get(key);
    // Two-word spellings: "spring boot", "power bi", "vs code".
    const pair = text.slice(m.index).match(/^[A-Za-z]+ [A-Za-z]+/)?.[0];
    if (pair && TERMS.has(pair.toLowerCase())) {
      key = pair.toLowerCase();
      term = TERMS.get(key);
      skipUntil = m.index + pair.length;
      if (pair === term?.canonical || term?.accepted?.includes(pair)) continue;
      out.push({ written: pair, canonical: term!.canonical, index: m.index });
      continue;
    }
    if (!term) continue;
    if (written === term.canonical || term.accepted?.includes(written)) continue;
    if (term.ambiguous) {
      const lineStart = text.lastIndexOf("\n", m.index) + 1;
      const lineEnd = text.indexOf("\n", m.index);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      if (!hasCjk(line) && !isSkillsLine(m.index)) continue;
      // Sentence-initial capitals of ordinary words are fine ("Excel at…" is not a term).
      if (written[0] === written[0]!.toUpperCase() && written.slice(1) === written.slice(1).toLowerCase()) continue;
    }
    out.push({ written, canonical: term.canonical, index: m.index });
  }
  return out;
}

// —— Contact details ——

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
export const PHONE =
  /(?<![\d])(?:(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\+\d{1,3}[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|0\d{2,3}-\d{7,8})(?![\d])/;
export const PROFILE_LINK =
  /github\.com|gitee\.com|linkedin\.com|behance\.net|dribbble\.com|zcool\.com\.cn|站酷|作品集|portfolio|个人网站|个人主页|博客|blog|juejin|掘金|csdn/i;
export const CN_ID_NUMBER = /(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/;
