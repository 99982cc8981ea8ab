import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createFileRoute } from "@tanstack/react-router";
import { useCallback, useState } from "react";
import {
  type EndReason,
  isLiveOpen,
  liveKeys,
  type MeetingResult,
  type MeetingSessionView,
  meetingQueryOptions,
} from "../../../api-client/live.ts";
import { BackLink, pageTitleClass } from "../../../components/analysis.tsx";
import { QueryBody } from "../../../components/billing.tsx";
import { Alert } from "../../../components/form.tsx";
import { MeetingMeta, MeetingResultView } from "../../../components/live/MeetingResult.tsx";
import { MeetingRoom } from "../../../components/live/MeetingRoom.tsx";
import { useI18n } from "../../../i18n/index.tsx";

export const Route = createFileRoute("/app/meetings/$meetingId")({
  component: MeetingPage,
});

/** While the ended session is being recorded, ask again this often. */
const ENDING_POLL_MS = 1500;
const ENDING_POLL_FOR_MS = 60_000;

type Ended = { reason: EndReason; result: MeetingResult };

/** A meeting: its room while it runs, its result once it ended (here or earlier). */
function MeetingPage() {
  const { t } = useI18n();
  const { meetingId } = Route.useParams();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState<(Ended & { at: number }) | null>(null);
  const query = useQuery({
    ...meetingQueryOptions(meetingId),
    refetchInterval: (q) =>
      ended && Date.now() - ended.at < ENDING_POLL_FOR_MS && q.state.data && isLiveOpen(q.state.data.session)
        ? ENDING_POLL_MS
        : false,
  });
  const { refetch } = query;

  const onEnded = useCallback(
    (value: Ended) => {
      setEnded((previous) => previous ?? { ...value, at: Date.now() });
      // Minutes were billed while it ran.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: liveKeys.list("meeting") });
      void refetch();
    },
    [queryClient, refetch],
  );
  const onConnectionTrouble = useCallback(() => void refetch(), [refetch]);

  return (
    <div className="max-w-6xl">
      <BackLink to="/app/meetings">{t("meetings.back")}</BackLink>
      <h1 className={pageTitleClass}>{t("meeting.title")}</h1>
      <div className="mt-6">
        <QueryBody
          query={query}
          notFound={
            <Alert tone="warning" title={t("job.notFound.title")}>
              {t("job.notFound.body")}
            </Alert>
          }
          errorMessage={(message) => t("job.loadError", { message })}
        >
          {(data) => (
            <MeetingBody
              session={data.session}
              ended={ended}
              onEnded={onEnded}
              onConnectionTrouble={onConnectionTrouble}
            />
          )}
        </QueryBody>
      </div>
    </div>
  );
}

function MeetingBody({
  session,
  ended,
  onEnded,
  onConnectionTrouble,
}: {
  session: MeetingSessionView;
  ended: Ended | null;
  onEnded: (value: Ended) => void;
  onConnectionTrouble: () => void;
}) {
  const { t } = useI18n();
  const result = session.result ?? ended?.result ?? null;
  const over = session.status === "ended" || ended !== null;
  return (
    <div className="space-y-6">
      <div>
        <h2 className="font-semibold text-slate-900 text-xl" data-testid="meeting-title">
          {session.title}
        </h2>
        <div className="mt-3">
          <MeetingMeta session={session} />
        </div>
      </div>
      {!over ? (
        <MeetingRoom key={session.id} session={session} onEnded={onEnded} onConnectionTrouble={onConnectionTrouble} />
      ) : result ? (
        <MeetingResultView
          session={session}
          result={result}
          reason={session.endReason ?? ended?.reason ?? null}
          receiptPending={session.status !== "ended"}
          focus={ended !== null}
        />
      ) : (
        <Alert tone="info" title={t("meeting.result.none.title")}>
          {t("meeting.result.none.body")}
        </Alert>
      )}
    </div>
  );
}
