import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createFileRoute } from "@tanstack/react-router";
import { useCallback, useState } from "react";
import {
  type EndReason,
  type InterviewResult,
  type InterviewSessionView,
  interviewQueryOptions,
  isLiveOpen,
  liveKeys,
} from "../../../api-client/live.ts";
import { BackLink, pageTitleClass } from "../../../components/analysis.tsx";
import { QueryBody } from "../../../components/billing.tsx";
import { Alert } from "../../../components/form.tsx";
import { InterviewMeta, InterviewResultView } from "../../../components/live/InterviewResult.tsx";
import { InterviewRoom } from "../../../components/live/InterviewRoom.tsx";
import { useI18n } from "../../../i18n/index.tsx";

export const Route = createFileRoute("/app/interviews/$interviewId")({
  component: InterviewPage,
});

/** While the ended session is being recorded, ask again this often. */
const ENDING_POLL_MS = 1500;
const ENDING_POLL_FOR_MS = 60_000;

type Ended = { reason: EndReason; result: InterviewResult };

/** A mock interview: its room while it runs, its result once it ended (here or earlier). */
function InterviewPage() {
  const { t } = useI18n();
  const { interviewId } = Route.useParams();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState<(Ended & { at: number }) | null>(null);
  const query = useQuery({
    ...interviewQueryOptions(interviewId),
    refetchInterval: (q) =>
      ended && Date.now() - ended.at < ENDING_POLL_FOR_MS && q.state.data && isLiveOpen(q.state.data.session)
        ? ENDING_POLL_MS
        : false,
  });
  const { refetch } = query;

  const onEnded = useCallback(
    (value: Ended) => {
      setEnded((previous) => previous ?? { ...value, at: Date.now() });
      // The held points were captured or released.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: liveKeys.list("interview") });
      void refetch();
    },
    [queryClient, refetch],
  );
  const onConnectionTrouble = useCallback(() => void refetch(), [refetch]);

  return (
    <div className="max-w-4xl">
      <BackLink to="/app/interviews">{t("interviews.back")}</BackLink>
      <h1 className={pageTitleClass}>{t("interview.title")}</h1>
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
            <InterviewBody
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

function InterviewBody({
  session,
  ended,
  onEnded,
  onConnectionTrouble,
}: {
  session: InterviewSessionView;
  ended: Ended | null;
  onEnded: (value: Ended) => void;
  onConnectionTrouble: () => void;
}) {
  const { t } = useI18n();
  const result = session.result ?? ended?.result ?? null;
  const over = session.status === "ended" || ended !== null;
  return (
    <div className="space-y-6">
      <InterviewMeta session={session} />
      {!over ? (
        <InterviewRoom key={session.id} session={session} onEnded={onEnded} onConnectionTrouble={onConnectionTrouble} />
      ) : result ? (
        <InterviewResultView
          session={session}
          result={result}
          reason={session.endReason ?? ended?.reason ?? null}
          focus={ended !== null}
        />
      ) : (
        <Alert tone="info" title={t("interview.result.none.title")}>
          {t("interview.result.none.body")}
        </Alert>
      )}
    </div>
  );
}
