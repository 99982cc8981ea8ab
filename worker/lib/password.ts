// Password hashing on WebCrypto only, so the same code runs in Workers and in Node 22 (seed script).
// PBKDF2-SHA256 at 100,000 iterations — the most Workers allow — over HMAC-SHA256(pepper, password):
// a leaked database alone is not enough to test guesses without the pepper secret.

export const PASSWORD_ALGORITHM = "pbkdf2-sha256";
export const PASSWORD_HASH_VERSION = 1;
export const PASSWORD_ITERATIONS = 100_000;
/** Workers' PBKDF2 refuses more iterations than this. */
export const MAX_PBKDF2_ITERATIONS = 100_000;
export const PASSWORD_SALT_BYTES = 16;
export const PASSWORD_KEY_BYTES = 32;

/** Format: `pbkdf2-sha256$v1$100000$<salt b64url>$<hash b64url>`. */
export async function hashPassword(password: string, pepper: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(PASSWORD_SALT_BYTES));
  const hash = await derive(password, pepper, salt, PASSWORD_ITERATIONS);
  return [
    PASSWORD_ALGORITHM,
    `v${PASSWORD_HASH_VERSION}`,
    String(PASSWORD_ITERATIONS),
    toBase64Url(salt),
    toBase64Url(hash),
  ].join("$");
}

export interface PasswordCheck {
  ok: boolean;
  /** True when the password is right but the stored hash uses weaker parameters than today's: store a new hash. */
  needsRehash: boolean;
}

export async function verifyPassword(password: string, stored: string, pepper: string): Promise<PasswordCheck> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return { ok: false, needsRehash: false };
  const actual = await derive(password, pepper, parsed.salt, parsed.iterations);
  if (!timingSafeEqual(actual, parsed.hash)) return { ok: false, needsRehash: false };
  const needsRehash = parsed.version < PASSWORD_HASH_VERSION || parsed.iterations < PASSWORD_ITERATIONS;
  return { ok: true, needsRehash };
}

interface ParsedHash {
  version: number;
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

function parseStoredHash(stored: string): ParsedHash | null {
  const parts = stored.split("$");
  if (parts.length !== 5) return null;
  const [algorithm, versionPart, iterationsPart, saltPart, hashPart] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (algorithm !== PASSWORD_ALGORITHM) return null;
  if (!/^v[1-9][0-9]{0,3}$/.test(versionPart) || !/^[1-9][0-9]{0,6}$/.test(iterationsPart)) return null;
  const version = Number(versionPart.slice(1));
  const iterations = Number(iterationsPart);
  if (version > PASSWORD_HASH_VERSION || iterations > MAX_PBKDF2_ITERATIONS) return null;
  const salt = fromBase64Url(saltPart);
  const hash = fromBase64Url(hashPart);
  if (!salt || !hash || salt.length < PASSWORD_SALT_BYTES || hash.length !== PASSWORD_KEY_BYTES) return null;
  return { version, iterations, salt, hash };
}

async function derive(password: string, pepper: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  if (!pepper) throw new Error("password pepper is not configured (AUTH_PEPPER)");
  const encoder = new TextEncoder();
  const pepperKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(pepper),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const peppered = await crypto.subtle.sign("HMAC", pepperKey, encoder.encode(password.normalize("NFC")));
  const baseKey = await crypto.subtle.importKey("raw", peppered, "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    baseKey,
    PASSWORD_KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing does not reveal how much matched. */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const base64 = text
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(text.length / 4) * 4, "=");
  try {
    const binary = atob(base64);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
