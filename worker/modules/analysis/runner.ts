// The runner the queue uses: the AI gateway with the offline engine as its offline handlers, and contact
// details masked (resumes/contacts.ts) in anything bound for a third-party model unless the user opted in.
import type { OfflineHandlers } from "../../lib/ai";
import { maskContacts } from "../resumes/contacts";
import { createGatewayRunner, type OfflineAnalysisInput } from "./ai";
import { diagnose } from "./engine/diagnose";
import { predictQuestions } from "./engine/predict";
import { ENGINE_NAME, ENGINE_VERSION } from "./engine/version";

const version = `${ENGINE_NAME}-engine@${ENGINE_VERSION}`;

/** The built-in deterministic engine, per gateway feature. */
export const offlineEngine: OfflineHandlers = {
  diagnosis: { generate: (input) => diagnose(input as OfflineAnalysisInput), version },
  prep: {
    generate: (input) => {
      const prep = input as OfflineAnalysisInput;
      // Prep requests always name the role (PrepRequestSchema); "" only guards a hand-made row.
      return predictQuestions({ ...prep, targetRole: prep.targetRole ?? "" });
    },
    version,
  },
};

export const analysisRunner = createGatewayRunner({
  offline: offlineEngine,
  maskContacts: (text) => maskContacts(text).text,
});
