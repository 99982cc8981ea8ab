import { Link } from "@tanstack/react-router";
import { STAR_PARTS } from "../../../worker/modules/interviews/schemas.ts";
import type { EndReason, InterviewResult, InterviewSessionView } from "../../api-client/live.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatNumber } from "../../lib/format.ts";
import { cardClass, MetaItem, ScoreDial } from "../analysis.tsx";
import { Alert, primaryButtonClass, secondaryButtonClass } from "../form.tsx";
import { CardSection, LiveMeta, ScorePill, StarChips } from "./common.tsx";

/** Target role, style, questions, language, time, cost, status. */
export function InterviewMeta({ session }: { session: InterviewSessionView }) {
  const { t, locale } = useI18n();
  return (
    <LiveMeta
      testId="interview-meta"
      session={session}
      costLabel={t("job.meta.cost")}
      cost={t("job.cost.points", { points: formatNumber(session.pointsCost, locale) })}
    >
      <MetaItem label={t("job.meta.targetRole")}>{session.targetRole}</MetaItem>
      <MetaItem label={t("interviews.form.style")}>{t(`interviews.style.${session.style}`)}</MetaItem>
      <MetaItem label={t("interviews.form.count")}>{formatNumber(session.questionCount, locale)}</MetaItem>
    </LiveMeta>
  );
}

/**
 * The result of an ended mock interview: overall score, strengths and improvements, every question with
 * the answer, its score, STAR check, feedback and the follow-up. Its heading gets focus when it replaces
 * the room.
 */
export function InterviewResultView({
  session,
  result,
  reason,
  focus,
}: {
  session: InterviewSessionView;
  result: InterviewResult;
  reason: EndReason | null;
  focus: boolean;
}) {
  const { t, locale } = useI18n();
  const none = result.perQuestion.length === 0;

  return (
    <div className="space-y-6" data-testid="interview-result">
      <CardSection id="interview-overview" title={t("interview.result.title")} focus={focus}>
        {reason === "timeout" ? (
          <div className="mt-3">
            <Alert tone="info">{t("interview.result.timeout")}</Alert>
          </div>
        ) : null}
        <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-center">
          <div data-testid="overall-score" data-score={result.overallScore}>
            <ScoreDial score={result.overallScore} />
          </div>
          <div className="min-w-0 flex-1 space-y-2 text-slate-700 text-sm">
            <p>
              {t("interview.result.answered", {
                n: formatNumber(result.perQuestion.length, locale),
              })}
            </p>
            {none ? <p>{t("interview.result.released")}</p> : null}
          </div>
        </div>
        {result.strengths.length > 0 || result.improvements.length > 0 ? (
          <div className="mt-6 grid gap-6 border-slate-100 border-t pt-4 md:grid-cols-2">
            <div>
              <h3 className="font-semibold text-emerald-700">{t("interview.result.strengths")}</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 text-sm" data-testid="strengths">
                {result.strengths.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of texts
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="font-semibold text-amber-700">{t("interview.result.improvements")}</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 text-sm" data-testid="improvements">
                {result.improvements.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of texts
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </CardSection>

      {result.perQuestion.length > 0 ? (
        <section aria-labelledby="per-question-title">
          <h2 id="per-question-title" className="font-semibold text-lg text-slate-900">
            {t("interview.result.perQuestion")}
          </h2>
          <ol className="mt-3 space-y-4" data-testid="per-question">
            {result.perQuestion.map((q, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id; the list does not change
                key={i}
                className={cardClass}
                data-testid="result-question"
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <h3 className="min-w-0 flex-1 whitespace-pre-wrap font-semibold text-slate-900 leading-7">
                    <span className="mr-2 text-slate-400 tabular-nums">{i + 1}.</span>
                    {q.question}
                  </h3>
                  <ScorePill score={q.score} />
                </div>
                <p className="mt-3 text-slate-500 text-xs">{t("interview.yourAnswer")}</p>
                <p className="mt-1 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-slate-800 text-sm ring-1 ring-slate-200">
                  {q.answer}
                </p>
                {q.star ? (
                  <div className="mt-3">
                    <StarChips star={q.star} parts={STAR_PARTS} />
                  </div>
                ) : null}
                <p className="mt-3 whitespace-pre-wrap text-slate-700 text-sm leading-6">
                  <span className="font-semibold text-indigo-700">{t("interview.feedback")}</span> {q.feedback}
                </p>
                {q.followUp ? (
                  <div className="mt-4 border-amber-300 border-l-4 pl-3" data-testid="result-follow-up">
                    <p className="font-medium text-amber-800 text-sm">{t("interview.followUp")}</p>
                    <p className="mt-1 whitespace-pre-wrap font-medium text-slate-900 text-sm">{q.followUp.question}</p>
                    <p className="mt-1 whitespace-pre-wrap text-slate-700 text-sm">{q.followUp.answer}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Link
          to="/app/interviews/new"
          search={session.resumeId ? { resumeId: session.resumeId } : {}}
          className={primaryButtonClass}
        >
          {t("interview.again")}
        </Link>
        <Link to="/app/interviews" className={secondaryButtonClass}>
          {t("interviews.back")}
        </Link>
      </div>
    </div>
  );
}
