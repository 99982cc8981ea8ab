/**
 * The offline engine: the default AI provider. Deterministic, no network, no clock — a real analyser of
 * the résumé text. Same input and versions → same output.
 */
export { DIMENSION_KEYS, DIMENSION_WEIGHTS, type DiagnoseInput, type DimensionKey, diagnose } from "./diagnose";
export { ROLE_FAMILIES, type RoleFamily } from "./families";
export { FAMILY_CORE_SKILLS, findSkills, foldText, SKILLS, type Skill, type SkillHit } from "./lexicon";
export { CATEGORY_ORDER, type PredictInput, predictQuestions } from "./predict";
export { type BankQuestion, QUESTION_BANK, QUESTION_BANK_BY_FAMILY, type QuestionCategory } from "./question-bank";
export { detectRoleFamily, familyFromTitle, type RoleDetection } from "./roles";
export { inferSections } from "./sections";
export { ENGINE_NAME, ENGINE_VERSION, PROMPT_VERSION, RUBRIC_VERSION } from "./version";
