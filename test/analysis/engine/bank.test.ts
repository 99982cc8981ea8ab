import { describe, expect, it } from "vitest";
import { QUESTION_BANK, QUESTION_BANK_BY_FAMILY, ROLE_FAMILIES, SKILLS } from "../../../worker/modules/analysis/engine";

const CJK = /[\u3400-\u9fff]/;

describe("question bank", () => {
  it("has at least 300 questions", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(300);
  });

  it("every question has all fields in both languages, a category and a difficulty", () => {
    for (const q of QUESTION_BANK) {
      expect(["behavioral", "technical", "project", "hr"]).toContain(q.category);
      expect([1, 2, 3]).toContain(q.difficulty);
      for (const text of q.zh) {
        expect(text.trim().length, q.id).toBeGreaterThan(5);
        expect(CJK.test(text), `${q.id} zh: ${text}`).toBe(true);
      }
      for (const text of q.en) {
        expect(text.trim().length, q.id).toBeGreaterThan(10);
        expect(CJK.test(text), `${q.id} en: ${text}`).toBe(false);
      }
    }
  });

  it("has unique ids and unique questions in each language", () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const zh = QUESTION_BANK.map((q) => q.zh[0]);
    const en = QUESTION_BANK.map((q) => q.en[0]);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it("covers every role family with technical and project questions", () => {
    for (const family of ROLE_FAMILIES) {
      const qs = QUESTION_BANK_BY_FAMILY[family];
      expect(qs.length, family).toBeGreaterThanOrEqual(20);
      expect(qs.filter((q) => q.category === "technical").length, family).toBeGreaterThanOrEqual(15);
      expect(
        qs.some((q) => q.category === "project"),
        family,
      ).toBe(true);
    }
    const common = QUESTION_BANK_BY_FAMILY.common;
    expect(common.filter((q) => q.category === "behavioral").length).toBeGreaterThanOrEqual(20);
    expect(common.filter((q) => q.category === "hr").length).toBeGreaterThanOrEqual(15);
  });

  it("tags questions only with skills the lexicon knows", () => {
    const ids = new Set([...SKILLS.map((s) => s.id), "campus"]);
    for (const q of QUESTION_BANK) for (const t of q.tags) expect(ids.has(t), `${q.id}: ${t}`).toBe(true);
  });
});
