import { createFileRoute, Link } from "@tanstack/react-router";

import { primaryButtonClass } from "../../../components/form.tsx";
import { MeetingHistory } from "../../../components/live/LiveHistory.tsx";
import { pageTitleClass } from "../../../components/page.tsx";
import { useI18n } from "../../../i18n/index.tsx";

export const Route = createFileRoute("/app/meetings/")({
  component: Meetings,
});

function Meetings() {
  const { t } = useI18n();
  return (
    <div className="max-w-5xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className={pageTitleClass}>{t("meetings.title")}</h1>
          <p className="mt-2 text-slate-600">{t("meetings.subtitle")}</p>
        </div>
        <Link to="/app/meetings/new" className={primaryButtonClass}>
          {t("meetings.new")}
        </Link>
      </div>
      <div className="mt-6">
        <MeetingHistory />
      </div>
    </div>
  );
}
