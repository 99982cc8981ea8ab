import { createFileRoute } from "@tanstack/react-router";
import { BackLink, pageTitleClass } from "../../../components/analysis.tsx";
import { InterviewForm } from "../../../components/live/InterviewForm.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { useMe } from "../../../lib/me.ts";

export const Route = createFileRoute("/app/interviews/new")({
  validateSearch: (search: Record<string, unknown>): { resumeId?: string } =>
    typeof search.resumeId === "string" && search.resumeId ? { resumeId: search.resumeId } : {},
  component: NewInterview,
});

function NewInterview() {
  const { t } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const { resumeId } = Route.useSearch();
  return (
    <div className="max-w-3xl">
      <BackLink to="/app/interviews">{t("interviews.back")}</BackLink>
      <h1 className={pageTitleClass}>{t("interviews.new.title")}</h1>
      <p className="mt-2 text-slate-600">{t("interviews.new.subtitle")}</p>
      <div className="mt-6">
        <InterviewForm user={user} initialResumeId={resumeId} />
      </div>
    </div>
  );
}
