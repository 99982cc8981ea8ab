import { createFileRoute, Link } from "@tanstack/react-router";

import { primaryButtonClass } from "../../../components/form.tsx";
import { JobHistory } from "../../../components/JobHistory.tsx";
import { pageTitleClass } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";

export const Route = createFileRoute("/app/interview-preps/")({
  component: InterviewPreps,
});

function InterviewPreps() {
  const { t } = useI18n();
  return (
    <div className="max-w-5xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className={pageTitleClass}>{t("preps.title")}</h1>
          <p className="mt-2 text-slate-600">{t("preps.subtitle")}</p>
        </div>
        <Link to="/app/interview-preps/new" className={primaryButtonClass}>
          {t("preps.new")}
        </Link>
      </div>
      <div className="mt-6">
        <JobHistory kind="prep" />
      </div>
    </div>
  );
}
