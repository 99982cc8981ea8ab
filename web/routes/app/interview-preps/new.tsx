import { createFileRoute } from "@tanstack/react-router";

import { JobForm } from "../../../components/JobForm.tsx";
import { SubPage } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { useMe } from "../../../lib/me.ts";
import { resumeIdSearch } from "../../../lib/search.ts";

export const Route = createFileRoute("/app/interview-preps/new")({
  validateSearch: resumeIdSearch,
  component: NewPrep,
});

function NewPrep() {
  const { t } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const { resumeId } = Route.useSearch();
  return (
    <SubPage
      className="max-w-3xl"
      back="/app/interview-preps"
      backLabel={t("preps.back")}
      title={t("preps.new.title")}
      subtitle={t("preps.new.subtitle")}
    >
      <JobForm kind="prep" user={user} initialResumeId={resumeId} />
    </SubPage>
  );
}
