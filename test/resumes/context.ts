import { inject } from "vitest";
import type { FixtureName } from "../fixtures/resumes/content";

export function fixture(name: FixtureName): Uint8Array {
  const b64 = inject("resumeFixtures")[name];
  if (!b64) throw new Error(`no fixture ${name}`);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
