import { useQuery } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import { type ReactNode, type Ref, useState } from "react";
import {
  isPrepResult,
  type Job,
  jobQueryOptions,
  type PrepQuestion,
  type PrepResult,
} from "../../../api-client/analysis.ts";
import { cardClass, JobQueryBody, JobView, Pill } from "../../../components/analysis.tsx";
import { Alert, primaryButtonClass, secondaryButtonClass } from "../../../components/form.tsx";
import { SubPage } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { useRefreshWhenFinished } from "../../../lib/analysis.ts";
import { formatNumber } from "../../../lib/format.ts";

export const Route = createFileRoute("/app/interview-preps/$prepId")({
  component: PrepPage,
});

function PrepPage() {
  const { t } = useI18n();
  const { prepId } = Route.useParams();
  const query = useQuery(jobQueryOptions("prep", prepId));
  const job = query.data?.job;
  useRefreshWhenFinished(job);

  return (
    <SubPage className="max-w-4xl" back="/app/interview-preps" backLabel={t("preps.back")} title={t("prep.title")}>
      <JobQueryBody query={query}>
        {(data) => <PrepView job={data.job} pollError={query.isError ? query.error : null} />}
      </JobQueryBody>
    </SubPage>
  );
}

function PrepView({ job, pollError }: { job: Job; pollError: Error | null }) {
  const result = isPrepResult(job.result) ? job.result : null;

  return (
    <JobView job={job} pollError={pollError}>
      {(heading) => (result ? <Questions job={job} result={result} headingRef={heading} /> : null)}
    </JobView>
  );
}

const CATEGORIES = ["behavioral", "technical", "project", "hr"] as const;
type Category = (typeof CATEGORIES)[number];

const DIFFICULTY_STYLE: Record<number, string> = {
  1: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  2: "bg-amber-50 text-amber-800 ring-amber-200",
  3: "bg-red-50 text-red-700 ring-red-200",
};

function Questions({ job, result, headingRef }: { job: Job; result: PrepResult; headingRef: Ref<HTMLHeadingElement> }) {
  const { t, locale } = useI18n();
  const numbered = result.questions.map((question, index) => ({ question, index }));
  // Numbered in display order (grouped by category); `index` keeps the open state per question.
  let shown = 0;
  const groups = CATEGORIES.map((category) => ({
    category,
    items: numbered.filter((q) => q.question.category === category).map((q) => ({ ...q, number: ++shown })),
  })).filter((g) => g.items.length > 0);
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const allOpen = open.size === result.questions.length && result.questions.length > 0;
  const toggle = (index: number, isOpen: boolean) =>
    setOpen((prev) => {
      if (prev.has(index) === isOpen) return prev;
      const next = new Set(prev);
      if (isOpen) next.add(index);
      else next.delete(index);
      return next;
    });

  return (
    <div className="space-y-6" data-testid="prep-result">
      <section className={cardClass} aria-labelledby="prep-overview-title">
        <h2
          ref={headingRef}
          id="prep-overview-title"
          tabIndex={-1}
          className="font-semibold text-lg text-slate-900 focus:outline-none"
        >
          {t("prep.overview", { n: formatNumber(result.questions.length, locale) })}
        </h2>
        <p className="mt-1 text-slate-600 text-sm">{t("prep.overviewHint")}</p>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <nav aria-label={t("prep.jump")}>
            <ul className="flex flex-wrap gap-2">
              {groups.map((g) => (
                <li key={g.category}>
                  <a
                    href={`#prep-${g.category}`}
                    className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-700 text-sm hover:bg-indigo-50 hover:text-indigo-700"
                  >
                    {t(`prep.category.${g.category}`)}
                    <span className="text-slate-500 tabular-nums">{g.items.length}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {result.questions.length > 0 ? (
            <button
              type="button"
              className={`${secondaryButtonClass} px-3 py-1.5`}
              aria-pressed={allOpen}
              onClick={() => setOpen(allOpen ? new Set() : new Set(result.questions.map((_, i) => i)))}
            >
              {allOpen ? t("prep.collapseAll") : t("prep.expandAll")}
            </button>
          ) : null}
        </div>
      </section>

      {groups.length === 0 ? <Alert tone="info">{t("prep.none")}</Alert> : null}

      {groups.map((group) => (
        <CategorySection key={group.category} category={group.category}>
          <ol className="space-y-4">
            {group.items.map(({ question, index, number }) => (
              <QuestionCard
                key={index}
                question={question}
                number={number}
                open={open.has(index)}
                onToggle={(isOpen) => toggle(index, isOpen)}
              />
            ))}
          </ol>
        </CategorySection>
      ))}

      <div className="flex flex-wrap gap-3">
        <Link to="/app/interview-preps/new" search={{ resumeId: job.resumeId }} className={primaryButtonClass}>
          {t("prep.again")}
        </Link>
        <Link to="/app/diagnoses/new" search={{ resumeId: job.resumeId }} className={secondaryButtonClass}>
          {t("prep.toDiagnosis")}
        </Link>
      </div>
    </div>
  );
}

function CategorySection({ category, children }: { category: Category; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      id={`prep-${category}`}
      aria-labelledby={`prep-${category}-title`}
      className="scroll-mt-20"
      data-category={category}
    >
      <h2 id={`prep-${category}-title`} className="font-semibold text-lg text-slate-900">
        {t(`prep.category.${category}`)}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function QuestionCard({
  question,
  number,
  open,
  onToggle,
}: {
  question: PrepQuestion;
  number: number;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useI18n();
  const difficulty = Math.min(3, Math.max(1, question.difficulty)) as 1 | 2 | 3;
  return (
    <li className={cardClass} data-testid="prep-question" data-difficulty={difficulty}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="min-w-0 flex-1 font-semibold text-slate-900 leading-7">
          <span className="mr-2 text-slate-400 tabular-nums">{number}.</span>
          {question.question}
        </h3>
        <Pill className={DIFFICULTY_STYLE[difficulty] ?? DIFFICULTY_STYLE[2] ?? ""}>
          <span aria-hidden="true" className="mr-1 tracking-tighter">
            {"●".repeat(difficulty)}
            <span className="opacity-30">{"●".repeat(3 - difficulty)}</span>
          </span>
          {t(`prep.difficulty.${difficulty}`)}
        </Pill>
      </div>
      <p className="mt-3 text-slate-700 text-sm">
        <span className="font-semibold text-slate-900">{t("prep.why")}</span> {question.why}
      </p>
      <details className="group mt-3" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
        <summary className="cursor-pointer font-semibold text-indigo-600 text-sm hover:text-indigo-500">
          {open ? t("prep.hideOutline") : t("prep.showOutline")}
        </summary>
        <p className="mt-2 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-slate-800 text-sm leading-6 ring-1 ring-slate-200">
          {question.answerOutline}
        </p>
      </details>
    </li>
  );
}
