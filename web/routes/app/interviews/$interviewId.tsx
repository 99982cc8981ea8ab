import { createFileRoute } from "@tanstack/react-router";
import { interviewQueryOptions } from "../../../api-client/live.ts";
import { InterviewMeta, InterviewResultView } from "../../../components/live/InterviewResult.tsx";
import { InterviewRoom } from "../../../components/live/InterviewRoom.tsx";
import { LiveSessionPage } from "../../../components/live/LiveSessionPage.tsx";

export const Route = createFileRoute("/app/interviews/$interviewId")({
  component: InterviewPage,
});

/** A mock interview: its room while it runs, its result once it ended (here or earlier). */
function InterviewPage() {
  const { interviewId } = Route.useParams();
  return (
    <LiveSessionPage
      kind="interview"
      query={interviewQueryOptions(interviewId)}
      meta={InterviewMeta}
      room={InterviewRoom}
      result={InterviewResultView}
    />
  );
}
