import { describe, expect, it } from "vitest";
import { PASSWORD_ITERATIONS, PASSWORD_KEY_BYTES, PASSWORD_SALT_BYTES } from "../../worker/lib/password";
import { DUMMY_HASH } from "../../worker/modules/auth/login";

const decodedLength = (b64url: string) => atob(b64url.replace(/-/g, "+").replace(/_/g, "/")).length;

describe("the dummy hash verified for unknown emails", () => {
  it("is well-formed with today's parameters, so verifying it costs a full PBKDF2", () => {
    const [algorithm, version, iterations, salt = "", hash = ""] = DUMMY_HASH.split("$");
    expect([algorithm, version, Number(iterations)]).toEqual(["pbkdf2-sha256", "v1", PASSWORD_ITERATIONS]);
    expect(decodedLength(salt)).toBe(PASSWORD_SALT_BYTES);
    expect(decodedLength(hash)).toBe(PASSWORD_KEY_BYTES);
  });
});
