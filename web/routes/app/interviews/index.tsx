import { createFileRoute, Link } from "@tanstack/react-router";

import { primaryButtonClass } from "../../../components/form.tsx";
import { InterviewHistory } from "../../../components/live/LiveHistory.tsx";
import { pageTitleClass } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";

export const Route = createFileRoute("/app/interviews/")({
  component: Interviews,
});

function Interviews() {
  const { t } = useI18n();
  return (
    <div className="max-w-5xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className={pageTitleClass}>{t("interviews.title")}</h1>
          <p className="mt-2 text-slate-600">{t("interviews.subtitle")}</p>
        </div>
        <Link to="/app/interviews/new" className={primaryButtonClass}>
          {t("interviews.new")}
        </Link>
      </div>
      <div className="mt-6">
        <InterviewHistory />
      </div>
    </div>
  );
}
