import { createFileRoute } from "@tanstack/react-router";

import { InterviewForm } from "../../../components/live/InterviewForm.tsx";
import { SubPage } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { useMe } from "../../../lib/me.ts";
import { resumeIdSearch } from "../../../lib/search.ts";

export const Route = createFileRoute("/app/interviews/new")({
  validateSearch: resumeIdSearch,
  component: NewInterview,
});

function NewInterview() {
  const { t } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const { resumeId } = Route.useSearch();
  return (
    <SubPage
      className="max-w-3xl"
      back="/app/interviews"
      backLabel={t("interviews.back")}
      title={t("interviews.new.title")}
      subtitle={t("interviews.new.subtitle")}
    >
      <InterviewForm user={user} initialResumeId={resumeId} />
    </SubPage>
  );
}
