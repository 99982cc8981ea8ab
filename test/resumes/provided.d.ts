// What test/global-setup-resumes.ts provides to the tests.
declare module "vitest" {
  export interface ProvidedContext {
    /** Résumé PDFs by name, base64. */
    resumeFixtures: Record<string, string>;
  }
}

export {};
