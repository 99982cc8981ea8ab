/**
 * The classic interview question bank (zh + en), by role family. "common" questions (behavioural and HR)
 * are asked of every role; each family adds technical, project and role-specific behavioural questions.
 */
import type { RoleFamily } from "../families";
import { BACKEND } from "./backend";
import { COMMON } from "./common";
import { DATA } from "./data";
import { DESIGN } from "./design";
import { FRONTEND } from "./frontend";
import { GENERAL } from "./general";
import { OPERATIONS } from "./operations";
import { PRODUCT } from "./product";
import { SALES } from "./sales";
import type { BankQuestion } from "./types";

export type { BankQuestion, QuestionCategory } from "./types";

export const QUESTION_BANK_BY_FAMILY: Readonly<Record<RoleFamily | "common", readonly BankQuestion[]>> = {
  common: COMMON,
  frontend: FRONTEND,
  backend: BACKEND,
  product: PRODUCT,
  data: DATA,
  design: DESIGN,
  operations: OPERATIONS,
  sales: SALES,
  general: GENERAL,
};

export const QUESTION_BANK: readonly BankQuestion[] = Object.values(QUESTION_BANK_BY_FAMILY).flat();

/** The questions a role family draws from: its own and the common ones. */
export const questionsFor = (family: RoleFamily): readonly BankQuestion[] => [
  ...QUESTION_BANK_BY_FAMILY[family],
  ...QUESTION_BANK_BY_FAMILY.common,
];
