import { describe, expect, it } from "vitest";
import { AppError } from "../../worker/lib/errors";
import { assertPasswordAllowed, isCommonPassword } from "../../worker/modules/auth/password-policy";
import { PasswordSchema } from "../../worker/modules/auth/schemas";

describe("password policy", () => {
  it("knows Chinese and international favourites, case-insensitively", () => {
    for (const password of ["woaini1314", "qq123456", "QQ123456", "12345678", "password", "Password1", "iloveyou"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
    expect(isCommonPassword("Correct-Horse-42")).toBe(false);
  });

  it("refuses what is shorter than 8 before the list is even asked (123456, a123456)", () => {
    expect(PasswordSchema.safeParse("123456").success).toBe(false);
    expect(PasswordSchema.safeParse("a123456").success).toBe(false);
  });

  it("throws VALIDATION_FAILED on the given field with the localized message", () => {
    try {
      assertPasswordAllowed("woaini1314", "newPassword", "zh-CN");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION_FAILED");
      expect((error as AppError).details).toEqual([
        { path: "newPassword", message: "这个密码太常见了，请换一个更难猜的。", code: "custom" },
      ]);
    }
    expect(() => assertPasswordAllowed("Correct-Horse-42", "password", "en")).not.toThrow();
  });
});
