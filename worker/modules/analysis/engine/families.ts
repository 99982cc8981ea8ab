/** Role families used by the lexicon, the question bank and role detection. */
export const ROLE_FAMILIES = [
  "frontend",
  "backend",
  "product",
  "data",
  "design",
  "operations",
  "sales",
  "general",
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];
