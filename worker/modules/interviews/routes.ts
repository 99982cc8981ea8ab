import { createLiveRoutes } from "../live/routes";
import { CreateInterviewSchema, InterviewListSchema, InterviewSessionSchema } from "./schemas";
import { createInterview, toInterviewView } from "./sessions";

export const interviewRoutes = createLiveRoutes({
  kind: "interview",
  path: "/mock-interviews",
  name: "mock interview (模拟面试)",
  createDescription:
    "Checks the tier (mockInterview) and holds the session's points: they are taken when the session ends " +
    "with at least one answer and given back otherwise.",
  createSchema: CreateInterviewSchema,
  viewSchema: InterviewSessionSchema,
  itemSchema: InterviewListSchema.shape.items.element,
  create: createInterview,
  toView: toInterviewView,
  toItem: (row) => {
    const { result, ...view } = toInterviewView(row);
    return { ...view, overallScore: result?.overallScore ?? null };
  },
  namespace: (env) => env.INTERVIEW_SESSIONS,
});
