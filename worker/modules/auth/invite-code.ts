// No 0/O, 1/I/L: codes are read aloud and typed from screenshots.
const INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const INVITE_LENGTH = 8;

/** A random 8-character invite code; uniqueness is enforced by the users.invite_code index. */
export function newInviteCode(): string {
  // 31 symbols: reject bytes ≥ 248 (8 × 31) so every symbol is equally likely.
  let code = "";
  while (code.length < INVITE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < 248 && code.length < INVITE_LENGTH) code += INVITE_ALPHABET[byte % INVITE_ALPHABET.length];
    }
  }
  return code;
}
