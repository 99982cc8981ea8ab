import { createFileRoute } from "@tanstack/react-router";
import { BackLink, pageTitleClass } from "../../../components/analysis.tsx";
import { MeetingForm } from "../../../components/live/MeetingForm.tsx";
import { useI18n } from "../../../i18n/index.tsx";
import { useMe } from "../../../lib/me.ts";

export const Route = createFileRoute("/app/meetings/new")({
  component: NewMeeting,
});

function NewMeeting() {
  const { t } = useI18n();
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  return (
    <div className="max-w-3xl">
      <BackLink to="/app/meetings">{t("meetings.back")}</BackLink>
      <h1 className={pageTitleClass}>{t("meetings.new.title")}</h1>
      <p className="mt-2 text-slate-600">{t("meetings.new.subtitle")}</p>
      <div className="mt-6">
        <MeetingForm user={user} />
      </div>
    </div>
  );
}
