import { type QueryKey, type UseQueryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ComponentType, useCallback, useState } from "react";
import { type EndReason, isLiveOpen, type LiveKind, liveKeys } from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { JobQueryBody } from "../analysis.tsx";
import { Alert } from "../form.tsx";
import { SubPage } from "../page.tsx";

/** While the ended session is being recorded, ask again this often. */
const ENDING_POLL_MS = 1500;
const ENDING_POLL_FOR_MS = 60_000;
/** The meeting room has two columns (transcript, suggestions). */
const PAGE_WIDTH: Record<LiveKind, string> = { interview: "max-w-4xl", meeting: "max-w-6xl" };

type Ended<R> = { reason: EndReason; result: R };
type LiveSession<R> = {
  id: string;
  status: "created" | "active" | "ended";
  result: R | null;
  endReason: EndReason | null;
};

/**
 * The page of a mock interview or a meeting: its `room` while it runs, its `result` once it ended (here
 * or earlier), `meta` above either. After the room ended it asks again until the session is recorded.
 */
export function LiveSessionPage<R, S extends LiveSession<R>, K extends QueryKey>({
  kind,
  query: options,
  meta: Meta,
  room: Room,
  result: Result,
}: {
  kind: LiveKind;
  query: UseQueryOptions<{ session: S }, Error, { session: S }, K>;
  meta: ComponentType<{ session: S }>;
  room: ComponentType<{ session: S; onEnded: (ended: Ended<R>) => void; onConnectionTrouble: () => void }>;
  result: ComponentType<{ session: S; result: R; reason: EndReason | null; focus: boolean }>;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState<(Ended<R> & { at: number }) | null>(null);
  const query = useQuery({
    ...options,
    refetchInterval: (q) =>
      ended && Date.now() - ended.at < ENDING_POLL_FOR_MS && q.state.data && isLiveOpen(q.state.data.session)
        ? ENDING_POLL_MS
        : false,
  });
  const { refetch } = query;

  const onEnded = useCallback(
    (value: Ended<R>) => {
      setEnded((previous) => previous ?? { ...value, at: Date.now() });
      // The held points were captured or released (an interview), or minutes were billed (a meeting).
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
      void queryClient.invalidateQueries({ queryKey: liveKeys.list(kind) });
      void refetch();
    },
    [queryClient, refetch, kind],
  );
  const onConnectionTrouble = useCallback(() => void refetch(), [refetch]);

  return (
    <SubPage
      className={PAGE_WIDTH[kind]}
      back={`/app/${kind}s`}
      backLabel={t(`${kind}s.back`)}
      title={t(`${kind}.title`)}
    >
      <JobQueryBody query={query}>
        {({ session }) => {
          const result = session.result ?? ended?.result ?? null;
          const over = session.status === "ended" || ended !== null;
          return (
            <div className="space-y-6">
              <Meta session={session} />
              {!over ? (
                <Room key={session.id} session={session} onEnded={onEnded} onConnectionTrouble={onConnectionTrouble} />
              ) : result ? (
                <Result
                  session={session}
                  result={result}
                  reason={session.endReason ?? ended?.reason ?? null}
                  focus={ended !== null}
                />
              ) : (
                <Alert tone="info" title={t(`${kind}.result.none.title`)}>
                  {t(`${kind}.result.none.body`)}
                </Alert>
              )}
            </div>
          );
        }}
      </JobQueryBody>
    </SubPage>
  );
}
