const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ID_LENGTH = 22; // 22 base62 chars ≈ 131 bits of entropy
// Largest multiple of 62 that fits in a byte: bytes at or above it are rejected so that every character is equally likely.
const UNBIASED_LIMIT = 248;

/** A random, prefix-free 22-character base62 id (works in Workers and Node: WebCrypto only). */
export function newId(length: number = ID_LENGTH): string {
  let id = "";
  while (id.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT) id += ALPHABET[byte % 62];
      if (id.length === length) break;
    }
  }
  return id;
}
