import { describe, expect, it } from "vitest";
import {
  hashPassword,
  PASSWORD_ALGORITHM,
  PASSWORD_ITERATIONS,
  PASSWORD_KEY_BYTES,
  verifyPassword,
} from "../../worker/lib/password";

const PEPPER = "test-pepper-0123456789";

/** Builds a stored hash with chosen parameters, the way an older release would have written it. */
async function legacyHash(password: string, pepper: string, iterations: number): Promise<string> {
  const enc = new TextEncoder();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hmacKey = await crypto.subtle.importKey("raw", enc.encode(pepper), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const peppered = await crypto.subtle.sign("HMAC", hmacKey, enc.encode(password));
  const base = await crypto.subtle.importKey("raw", peppered, "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    base,
    PASSWORD_KEY_BYTES * 8,
  );
  const b64 = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
  return `${PASSWORD_ALGORITHM}$v1$${iterations}$${b64(salt)}$${b64(new Uint8Array(bits))}`;
}

describe("password hashing", () => {
  it("round-trips and uses the versioned format", async () => {
    const stored = await hashPassword("correct horse 电池 staple", PEPPER);
    expect(stored).toMatch(/^pbkdf2-sha256\$v1\$100000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword("correct horse 电池 staple", stored, PEPPER)).toEqual({ ok: true, needsRehash: false });
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same-password", PEPPER)).not.toBe(await hashPassword("same-password", PEPPER));
  });

  it("rejects a wrong password", async () => {
    const stored = await hashPassword("Secret#2026", PEPPER);
    expect(await verifyPassword("secret#2026", stored, PEPPER)).toEqual({ ok: false, needsRehash: false });
  });

  it("rejects the right password under another pepper", async () => {
    const stored = await hashPassword("Secret#2026", PEPPER);
    expect((await verifyPassword("Secret#2026", stored, "another-pepper")).ok).toBe(false);
  });

  it("rejects tampered or malformed stored strings without throwing", async () => {
    const stored = await hashPassword("Secret#2026", PEPPER);
    const parts = stored.split("$");
    const hash = parts[4] as string;
    const flipped = (hash[0] === "A" ? "B" : "A") + hash.slice(1);
    const tampered = [
      [...parts.slice(0, 4), flipped].join("$"),
      stored.replace("$100000$", "$99999$"),
      stored.replace("pbkdf2-sha256", "pbkdf2-sha1"),
      stored.replace("$v1$", "$v9$"),
      stored.replace("$100000$", "$1000000$"),
      `${stored}$extra`,
      "",
      "not-a-hash",
    ];
    for (const candidate of tampered) {
      expect(await verifyPassword("Secret#2026", candidate, PEPPER)).toEqual({ ok: false, needsRehash: false });
    }
  });

  it("asks for a rehash when the stored hash used fewer iterations", async () => {
    const stored = await legacyHash("Secret#2026", PEPPER, 10_000);
    expect(await verifyPassword("Secret#2026", stored, PEPPER)).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword("wrong", stored, PEPPER)).toEqual({ ok: false, needsRehash: false });
    expect(PASSWORD_ITERATIONS).toBe(100_000);
  });

  it("refuses to hash without a pepper", async () => {
    await expect(hashPassword("Secret#2026", "")).rejects.toThrow(/pepper/);
  });
});
