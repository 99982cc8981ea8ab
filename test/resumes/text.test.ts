import { describe, expect, it } from "vitest";
import { foldCompatibility, normalizeLines, normalizeText } from "../../worker/lib/pdf/normalize";
import { headingKind, segmentSections } from "../../worker/modules/resumes/sections";

describe("normalisation", () => {
  it("folds compatibility forms but keeps Chinese punctuation", () => {
    expect(foldCompatibility("ＴｙｐｅＳｃｒｉｐｔ　１２３％＠")).toBe("TypeScript 123%@");
    expect(foldCompatibility("负责前端，降低４０％；（核心）！？：")).toBe("负责前端，降低40%；（核心）！？：");
    // Kangxi radicals, CJK compatibility ideographs and radical-supplement forms from Word/WPS ToUnicode maps.
    expect(foldCompatibility("⼯作经历 ⾦融 ⻓期 ⻔户")).toBe("工作经历 金融 长期 门户");
    expect(foldCompatibility("\uF9F4")).toBe("林");
    expect(foldCompatibility("ﬁnance")).toBe("finance");
  });

  it("removes bullets, glyph noise and invisible characters; spaces CJK against Latin", () => {
    expect(normalizeText("• 负责前端性能优化\n● 熟悉React和Vue\n\uE001 图标\n- Built APIs")).toBe(
      "负责前端性能优化\n熟悉 React 和 Vue\n图标\nBuilt APIs",
    );
    expect(normalizeText("工\u200B作\uFEFF经历\t\t  2020")).toBe("工作经历 2020");
    expect(normalizeText("工 作 经 历")).toBe("工作经历");
    expect(normalizeText("北京大学  计算机科学与技术   本科")).toBe("北京大学 计算机科学与技术 本科");
  });

  it("joins lines broken inside a sentence or a word", () => {
    expect(
      normalizeLines([
        { text: "在电商大促项目中重构商品详情页渲染链路，引入服务端渲", wrapped: true },
        { text: "染与流式加载，将可交互时间从", wrapped: true },
        { text: "3.2 秒缩短到 1.1 秒。" },
      ]),
    ).toBe("在电商大促项目中重构商品详情页渲染链路，引入服务端渲染与流式加载，将可交互时间从 3.2 秒缩短到 1.1 秒。");
    expect(
      normalizeLines([{ text: "Improved the rendering perfor-" }, { text: "mance of the checkout page by 40%." }]),
    ).toBe("Improved the rendering performance of the checkout page by 40%.");
    expect(normalizeLines([{ text: "Built high-traffic services", wrapped: true }, { text: "for payments." }])).toBe(
      "Built high-traffic services for payments.",
    );
    // A sentence that ended, a bullet, or an unwrapped short line starts a new line.
    expect(normalizeLines([{ text: "完成迁移。", wrapped: true }, { text: "下一段" }])).toBe("完成迁移。\n下一段");
    expect(normalizeLines([{ text: "张三" }, { text: "前端工程师" }])).toBe("张三\n前端工程师");
    expect(normalizeLines([{ text: "负责前端，", wrapped: true }, { text: "• 第二条" }])).toBe("负责前端，\n第二条");
  });

  it("drops page furniture", () => {
    expect(normalizeText("正文\n第 1 页 / 共 2 页\nPage 2 of 2\n3 / 5\n- 4 -\n结束")).toBe("正文\n结束");
  });
});

describe("sections", () => {
  it("recognises zh and en headings with decoration and numbering", () => {
    expect(headingKind("教育背景")).toBe("education");
    expect(headingKind("【工作经历】")).toBe("experience");
    expect(headingKind("一、项目经历")).toBe("projects");
    expect(headingKind("03 专业技能")).toBe("skills");
    expect(headingKind("EDUCATION")).toBe("education");
    expect(headingKind("Work Experience")).toBe("experience");
    expect(headingKind("Honors & Awards")).toBe("awards");
    expect(headingKind("教育背景 Education")).toBe("education");
    expect(headingKind("工作经历 / Work Experience")).toBe("experience");
    expect(headingKind("证书：")).toBe("certificates");
    expect(headingKind("语言能力")).toBe("languages");
    expect(headingKind("自我评价")).toBe("summary");
    expect(headingKind("联系方式")).toBe("contact");
    expect(headingKind("负责前端性能优化")).toBeNull();
    expect(headingKind("Led the migration of 120 pages")).toBeNull();
  });

  it("segments text, with inline headings and a contact preface", () => {
    const text = [
      "李四",
      "手机：13912345678 | 邮箱：lisi@example.com",
      "教育经历",
      "2018 - 2022 复旦大学 金融学 硕士",
      "实习经历",
      "2021.06 - 2021.09 招商银行 数据分析实习生",
      "专业技能：Python、SQL、Tableau",
      "证书",
      "CFA 一级",
      "Languages",
      "英语（CET-6 620）",
      "兴趣爱好",
      "马拉松",
    ].join("\n");
    expect(segmentSections(text)).toEqual([
      { kind: "contact", title: "", text: "李四\n手机：13912345678 | 邮箱：lisi@example.com" },
      { kind: "education", title: "教育经历", text: "2018 - 2022 复旦大学 金融学 硕士" },
      { kind: "experience", title: "实习经历", text: "2021.06 - 2021.09 招商银行 数据分析实习生" },
      { kind: "skills", title: "专业技能", text: "Python、SQL、Tableau" },
      { kind: "certificates", title: "证书", text: "CFA 一级" },
      { kind: "languages", title: "Languages", text: "英语（CET-6 620）" },
      { kind: "other", title: "兴趣爱好", text: "马拉松" },
    ]);
  });

  it("labels a preface without contact details as other", () => {
    expect(segmentSections("王五\n产品经理\nSummary\nTen years.")[0]).toEqual({
      kind: "other",
      title: "",
      text: "王五\n产品经理",
    });
  });
});

describe("headings are never joined onto a wrapped line", () => {
  it("keeps a heading line on its own after a line that reached the right edge", () => {
    const text = normalizeLines(
      [
        { text: "B.S. Computer Science, 2015 - 2019", wrapped: true },
        { text: "Skills" },
        { text: "TypeScript, React" },
      ],
      { isHeading: (line) => headingKind(line) !== null },
    );
    expect(text.split("\n")).toEqual(["B.S. Computer Science, 2015 - 2019", "Skills", "TypeScript, React"]);
  });
});
