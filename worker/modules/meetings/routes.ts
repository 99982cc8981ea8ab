import { createLiveRoutes } from "../live/routes";
import { CreateMeetingSchema, MeetingListSchema, MeetingSessionSchema } from "./schemas";
import { createMeeting, meetingReceipt, toMeetingView } from "./sessions";

export const meetingRoutes = createLiveRoutes({
  kind: "meeting",
  path: "/meetings",
  name: "meeting assistant session (会议助手)",
  createDescription:
    "Checks the tier (meetingAssistant) and that the balance pays for one minute. Each started minute with the " +
    "user connected costs `pointsPerMinute`; the detail answers the billed minutes as a receipt.",
  createSchema: CreateMeetingSchema,
  viewSchema: MeetingSessionSchema,
  itemSchema: MeetingListSchema.shape.items.element,
  create: createMeeting,
  toView: toMeetingView,
  toItem: (row) => {
    const { result: _result, ...item } = toMeetingView(row);
    return item;
  },
  toDetail: async (db, row) => ({ ...toMeetingView(row), receipt: await meetingReceipt(db, row.id) }),
  namespace: (env) => env.MEETING_SESSIONS,
});
