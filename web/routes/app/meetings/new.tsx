import { createFileRoute } from "@tanstack/react-router";

import { MeetingForm } from "../../../components/live/MeetingForm.tsx";
import { SubPage } from "../../../components/page.tsx";
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
    <SubPage
      className="max-w-3xl"
      back="/app/meetings"
      backLabel={t("meetings.back")}
      title={t("meetings.new.title")}
      subtitle={t("meetings.new.subtitle")}
    >
      <MeetingForm user={user} />
    </SubPage>
  );
}
