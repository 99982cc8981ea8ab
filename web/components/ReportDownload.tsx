import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { reportDownloadCost } from "../../worker/modules/membership/entitlements.ts";
import { downloadReport, type Job } from "../api-client/analysis.ts";
import { billingConfigQueryOptions } from "../api-client/billing.ts";
import { isApiError } from "../api-client/client.ts";
import type { User } from "../api-client/schemas.ts";
import { useI18n } from "../i18n/index.tsx";
import { formatNumber } from "../lib/format.ts";
import { tierLabelKey } from "../lib/tiers.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { Alert, linkClass, primaryButtonClass, Spinner, secondaryButtonClass } from "./form.tsx";

/**
 * The report PDF per the tier rules (the server decides; this mirrors its public rule): normal → an
 * upgrade prompt; bronze → pays points once per report, confirmed first with the cost from the billing
 * config and the balance; silver and above (or a running plan) → free.
 */
export function ReportDownload({ job, user }: { job: Job; user: User }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const config = useQuery(billingConfigQueryOptions());
  const [confirming, setConfirming] = useState(false);
  const download = useMutation({
    mutationFn: () => downloadReport(job.id, `zhimai-diagnosis-${job.id}.pdf`),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      void queryClient.invalidateQueries({ queryKey: ["points"] });
    },
    onError: () => setConfirming(false),
  });

  if (!config.data) {
    return config.isError ? (
      <Alert tone="warning">{t("report.configError", { message: config.error.message })}</Alert>
    ) : (
      <p className="flex items-center gap-2 text-slate-500 text-sm">
        <Spinner /> {t("common.loading")}
      </p>
    );
  }

  const cost = reportDownloadCost(
    { tier: user.tier, membershipEndsAt: user.membership ? new Date(user.membership.endsAt) : null },
    config.data,
  );
  const error = download.error;
  const tierRequired = cost === null || (isApiError(error) && error.code === "TIER_REQUIRED");
  const shortOfPoints = isApiError(error) && error.code === "INSUFFICIENT_POINTS";

  if (tierRequired) {
    return (
      <div
        className="rounded-xl bg-indigo-50 px-4 py-3 text-indigo-900 text-sm ring-1 ring-indigo-200 ring-inset"
        data-testid="report-upgrade"
      >
        <p className="font-semibold">{t("report.upgrade.title")}</p>
        <p className="mt-1">
          {t("report.upgrade.body", {
            tier: t(tierLabelKey(user.tier)),
            bronze: t("tier.bronze"),
            silver: t("tier.silver"),
            points: formatNumber(config.data.pointCosts.reportDownload, locale),
          })}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link to="/app/recharge" className={primaryButtonClass}>
            {t("report.upgrade.recharge")}
          </Link>
          <Link to="/pricing" className={secondaryButtonClass}>
            {t("report.upgrade.plans")}
          </Link>
        </div>
      </div>
    );
  }

  const start = () => {
    if (!download.isPending) download.mutate();
  };

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="report-download">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={download.isPending}
        aria-busy={download.isPending || undefined}
        onClick={() => {
          download.reset();
          if (cost > 0) setConfirming(true);
          else start();
        }}
      >
        {download.isPending && !confirming ? <Spinner /> : null}
        {cost > 0 ? t("report.download.paid", { points: formatNumber(cost, locale) }) : t("report.download.free")}
      </button>
      {download.isSuccess ? (
        <span role="status" className="text-emerald-700 text-sm">
          {t("report.download.done")}
        </span>
      ) : null}
      {shortOfPoints ? (
        <Alert tone="error">
          {error.message}{" "}
          <Link to="/app/recharge" className={linkClass}>
            {t("job.cost.recharge")}
          </Link>
        </Alert>
      ) : error ? (
        <Alert tone="error">{t("report.download.failed", { message: error.message })}</Alert>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t("report.confirm.title")}
        body={
          <>
            <p>{t("report.confirm.body", { points: formatNumber(cost, locale) })}</p>
            <p className="mt-2">{t("report.confirm.balance", { balance: formatNumber(user.pointsBalance, locale) })}</p>
          </>
        }
        confirmLabel={t("report.confirm.ok", { points: formatNumber(cost, locale) })}
        pendingLabel={t("report.confirm.pending")}
        pending={download.isPending}
        onConfirm={start}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
