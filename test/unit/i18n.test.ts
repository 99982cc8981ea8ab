import { describe, expect, it } from "vitest";
import { negotiateLocale } from "../../worker/lib/i18n";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "zh-CN"],
    ["", "zh-CN"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["zh-TW,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["fr-FR,en;q=0.5,zh;q=0.9", "zh-CN"],
    ["fr-FR,de;q=0.8", "zh-CN"],
    ["zh;q=0.2,en;q=0.8", "en"],
    ["en;q=0,zh", "zh-CN"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
