import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { CreateMeetingSchema } from "../../../worker/modules/meetings/schemas.ts";
import { resumeOptionsQueryOptions } from "../../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import { type LiveLanguage, liveApi, liveKeys, meetingQueryOptions } from "../../api-client/live.ts";
import type { User } from "../../api-client/schemas.ts";
import { useI18n } from "../../i18n/index.tsx";
import { optionalText, useForm, useFormValues } from "../../lib/form.ts";
import { usePaidCreate } from "../../lib/paid-create.ts";
import { CostNotice, cardClass, PaidSubmit, ResumeSelect } from "../analysis.tsx";
import { TextAreaField, TextField } from "../form.tsx";
import { LanguageSelect, mayUse, TierGate } from "./common.tsx";

const CONTEXT_MAX = 4000;
const FIELDS = ["title", "context", "language", "resumeId"] as const;

/**
 * Starts a meeting-assistant session: title, context (who, what about), language, the résumé suggestions
 * draw on (default: the newest); shows the per-minute price and how many minutes the balance pays for.
 * Below the required tier (silver, or a running plan) it explains the gate instead.
 */
export function MeetingForm({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const config = useQuery(billingConfigQueryOptions());
  const resumes = useQuery(resumeOptionsQueryOptions());
  const form = useForm(FIELDS);
  const [values, set] = useFormValues({ title: "", context: "", language: locale as LiveLanguage, resumeId: "" });
  const [tierRefused, setTierRefused] = useState(false);

  const { mutation, handleSubmit } = usePaidCreate({
    form,
    intent: "meeting",
    create: liveApi.createMeeting,
    onCreated: async ({ session }) => {
      queryClient.setQueryData(meetingQueryOptions(session.id).queryKey, { session });
      void queryClient.invalidateQueries({ queryKey: liveKeys.kind("meeting") });
      await router.navigate({ to: "/app/meetings/$meetingId", params: { meetingId: session.id } });
    },
    onTierRefused: () => setTierRefused(true),
  });

  if (!mayUse(user, "meetingAssistant") || tierRefused) return <TierGate user={user} feature="meetingAssistant" />;

  const perMinute = config.data?.pointCosts.meetingPerMinute ?? null;

  const onSubmit = handleSubmit(() => {
    if (!values.title.trim()) {
      form.setErrors({ title: t("meetings.form.titleRequired") });
      return null;
    }
    return form.validate(CreateMeetingSchema, {
      title: values.title,
      context: optionalText(values.context),
      language: values.language,
      resumeId: values.resumeId || undefined,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className={`${cardClass} space-y-5`} aria-describedby="meeting-form-cost">
      <TextField
        binding={form.field("title")}
        label={t("meetings.form.title")}
        placeholder={t("meetings.form.titlePlaceholder")}
        maxLength={100}
        required
        value={values.title}
        onChange={set("title")}
      />
      <TextAreaField
        binding={form.field("context")}
        label={t("meetings.form.context")}
        optional
        hint={t("meetings.form.contextHint")}
        rows={4}
        maxLength={CONTEXT_MAX}
        placeholder={t("meetings.form.contextPlaceholder")}
        value={values.context}
        onChange={set("context")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <LanguageSelect binding={form.field("language")} value={values.language} onChange={set("language")} />
        <ResumeSelect
          binding={form.field("resumeId")}
          resumes={resumes.data?.items ?? []}
          value={values.resumeId}
          onChange={set("resumeId")}
          placeholder={t("meetings.form.latestResume")}
          loading={resumes.isPending}
          optional
          hint={t("meetings.form.resumeHint")}
        />
      </div>

      <CostNotice
        id="meeting-form-cost"
        cost={perMinute}
        balance={user.pointsBalance}
        perMinute
        hint={t("meetings.form.billingHint")}
      />

      <PaidSubmit mutation={mutation} formError={form.formError} pendingLabel={t("meetings.form.submitting")}>
        {t("meetings.form.submit")}
      </PaidSubmit>
    </form>
  );
}
