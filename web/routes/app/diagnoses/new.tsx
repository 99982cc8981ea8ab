import { createFileRoute } from "@tanstack/react-router";

import { JobForm } from "../../../components/JobForm.tsx";
import { SubPage } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { useMe } from "../../../lib/me.ts";
import { resumeIdSearch } from "../../../lib/search.ts";

export const Route = createFileRoute("/app/diagnoses/new")({
  validateSearch: resumeIdSearch,
  component: NewDiagnosis,
});

function NewDiagnosis() {
  const { t } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const { resumeId } = Route.useSearch();
  return (
    <SubPage
      className="max-w-3xl"
      back="/app/diagnoses"
      backLabel={t("diagnoses.back")}
      title={t("diagnoses.new.title")}
      subtitle={t("diagnoses.new.subtitle")}
    >
      <JobForm kind="diagnosis" user={user} initialResumeId={resumeId} />
    </SubPage>
  );
}
