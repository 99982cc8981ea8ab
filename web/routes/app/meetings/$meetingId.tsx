import { createFileRoute } from "@tanstack/react-router";
import { meetingQueryOptions } from "../../../api-client/live.ts";
import { LiveSessionPage } from "../../../components/live/LiveSessionPage.tsx";
import { MeetingMeta, MeetingResultView } from "../../../components/live/MeetingResult.tsx";
import { MeetingRoom } from "../../../components/live/MeetingRoom.tsx";

export const Route = createFileRoute("/app/meetings/$meetingId")({
  component: MeetingPage,
});

/** A meeting: its room while it runs, its result once it ended (here or earlier). */
function MeetingPage() {
  const { meetingId } = Route.useParams();
  return (
    <LiveSessionPage
      kind="meeting"
      query={meetingQueryOptions(meetingId)}
      meta={MeetingMeta}
      room={MeetingRoom}
      result={MeetingResultView}
    />
  );
}
