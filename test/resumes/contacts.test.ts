import { describe, expect, it } from "vitest";
import { extractPdf } from "../../worker/lib/pdf/extract";
import { detectContacts, maskContacts, validChineseId } from "../../worker/modules/resumes/contacts";
import { fixture } from "./context";

const kinds = (text: string) => detectContacts(text).map((f) => [f.kind, f.value]);

describe("contact detection", () => {
  it("finds emails and phone numbers in their usual shapes", () => {
    expect(kinds("邮箱：zhang.san+jobs@example.com.cn")).toEqual([["email", "zhang.san+jobs@example.com.cn"]]);
    expect(kinds("电话：138-1234-5678")).toEqual([["phone", "138-1234-5678"]]);
    expect(kinds("手机 13812345678，备用 +86 139 1234 5678")).toEqual([
      ["phone", "13812345678"],
      ["phone", "+86 139 1234 5678"],
    ]);
    expect(kinds("座机 010-88886666")).toEqual([["phone", "010-88886666"]]);
    expect(kinds("Phone: +1 (415) 555-0132")).toEqual([["phone", "+1 (415) 555-0132"]]);
    expect(kinds("Tel +44 20 7946 0958")).toEqual([["phone", "+44 20 7946 0958"]]);
    expect(kinds("(415) 555-0132")).toEqual([["phone", "(415) 555-0132"]]);
  });

  it("leaves dates, years and amounts alone", () => {
    expect(kinds("2016.09 - 2020.06 北京大学；2019-2023；GPA 3.8/4.0；营收 12345678 元；QPS 20000")).toEqual([]);
  });

  it("finds WeChat, QQ, 身份证 (checksum), addresses, URLs and labelled names", () => {
    expect(kinds("微信：zhangsan_dev")).toEqual([["wechat", "zhangsan_dev"]]);
    expect(kinds("WeChat ID: ZS-2024x")).toEqual([["wechat", "ZS-2024x"]]);
    expect(kinds("QQ：123456789")).toEqual([["qq", "123456789"]]);
    expect(validChineseId("11010519491231002X")).toBe(true);
    expect(kinds("身份证号：11010519491231002X")).toEqual([["idNumber", "11010519491231002X"]]);
    expect(kinds("订单号 110105194912310021")).toEqual([]); // wrong check digit: not an ID
    expect(kinds("地址：北京市朝阳区建国路 88 号现代城 5 号楼 1203 室")).toEqual([
      ["address", "北京市朝阳区建国路 88 号现代城 5 号楼 1203 室"],
    ]);
    expect(kinds("现居上海市浦东新区世纪大道100号")).toEqual([["address", "上海市浦东新区世纪大道100号"]]);
    expect(kinds("现居住地：上海")).toEqual([]); // a city alone is not street-level
    expect(kinds("Address: 1600 Amphitheatre Parkway Road, Mountain View, CA 94043")).toEqual([
      ["address", "1600 Amphitheatre Parkway Road, Mountain View, CA 94043"],
    ]);
    expect(kinds("博客 https://zhangsan.dev/about。GitHub：github.com/zhangsan-dev")).toEqual([
      ["url", "https://zhangsan.dev/about"],
      ["url", "github.com/zhangsan-dev"],
    ]);
    expect(kinds("姓名：张三")).toEqual([["name", "张三"]]);
  });
});

describe("maskContacts", () => {
  it("masks what it found and keeps profile domains visible", () => {
    const { text, found } = maskContacts(
      "张三 | 电话：138-1234-5678 | 邮箱：zhangsan@example.com | github.com/zhangsan | https://zhangsan.dev",
    );
    expect(text).toBe("张三 | 电话：[电话/phone] | 邮箱：[邮箱/email] | github.com/[账号/handle] | [链接/URL]");
    expect(found.map((f) => f.kind)).toEqual(["phone", "email", "url", "url"]);
    expect(maskContacts("github.com/zhangsan", { keepProfileDomains: false }).text).toBe("[链接/URL]");
    expect(maskContacts("邮箱：a@b.co 电话：13812345678", { keep: ["email"] }).text).toBe(
      "邮箱：a@b.co 电话：[电话/phone]",
    );
  });

  it("masks every contact detail of an extracted résumé and nothing else", async () => {
    const { text } = await extractPdf(fixture("chromium-zh"));
    const masked = maskContacts(text);
    for (const secret of ["138-1234-5678", "zhangsan@example.com", "zhangsan_dev", "zhangsan-dev", "建国路 88 号"]) {
      expect(masked.text).not.toContain(secret);
    }
    expect(masked.found.map((f) => f.kind).sort()).toEqual(["address", "email", "phone", "url", "wechat"]);
    expect(masked.text).toContain("负责前端性能优化，首屏时间降低 40%");
    expect(masked.text).toContain("2016.09 - 2020.06 北京大学");
  });
});
