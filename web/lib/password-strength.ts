/**
 * A rough, dependency-free password strength hint for the register / reset / change forms.
 * It only guides the user: the server decides (length 8–128 and its common-password list).
 */
export type Strength = "weak" | "fair" | "good" | "strong";

// A few patterns that make a password easy to guess even when long enough.
const WEAK_PATTERNS = [
  /^(.)\1+$/, // one repeated character
  /^(?:0123456789|1234567890|9876543210|abcdefgh|qwertyui|asdfghjk|zxcvbnm)/i,
  /(?:password|passw0rd|qwerty|woaini|iloveyou|admin|letmein|abc123|a123456|qq123|123456|111111|520(?:1314)?|1314)/i,
];

export function passwordStrength(password: string): Strength {
  if (password.length < 8) return "weak";
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  let score = 0;
  if (password.length >= 10) score++;
  if (password.length >= 14) score++;
  if (classes >= 2) score++;
  if (classes >= 3) score++;
  if (new Set(password).size < Math.min(6, password.length / 2)) score--;
  if (WEAK_PATTERNS.some((re) => re.test(password))) score -= 2;
  if (score <= 0) return "weak";
  if (score === 1) return "fair";
  if (score === 2) return "good";
  return "strong";
}
