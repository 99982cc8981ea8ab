import { useQuery } from "@tanstack/react-query";
import { createFileRoute } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import { billingConfigQueryOptions, type PublicBillingConfig } from "../../api-client/billing.ts";
import { isApiError } from "../../api-client/client.ts";
import { Loading, QueryError } from "../../components/billing.tsx";
import { ChoiceCard } from "../../components/ChoiceCard.tsx";
import { Alert, inputClass, SubmitButton } from "../../components/form.tsx";
import { pageTitleClass } from "../../components/page.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { useForm } from "../../lib/form.ts";
import { formatFen, formatNumber } from "../../lib/format.ts";
import { useCreateOrder } from "../../lib/orders.ts";
import { rechargePoints } from "../../lib/tiers.ts";

export const Route = createFileRoute("/app/recharge")({
  component: Recharge,
});

/** Preset amounts in fen (those outside the configured bounds are left out). */
const PRESETS_FEN = [1_000, 5_000, 10_000, 30_000] as const;
const DEFAULT_FEN = 5_000;

type PayMethod = "wechatpay" | "transfer";

function Recharge() {
  const { t, locale } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  return (
    <div className="max-w-3xl">
      <h1 className={pageTitleClass}>{t("recharge.title")}</h1>
      {config.data ? (
        <p className="mt-2 text-slate-600">
          {t("recharge.subtitle", {
            points: config.data.pointsPerYuan,
            min: formatFen(config.data.recharge.minFen, locale, 0),
            max: formatFen(config.data.recharge.maxFen, locale, 0),
          })}
        </p>
      ) : null}
      <div className="mt-6">
        {config.isPending ? (
          <Loading />
        ) : config.isError ? (
          <QueryError
            message={t("recharge.loadError", { message: config.error.message })}
            onRetry={() => void config.refetch()}
            retrying={config.isFetching}
          />
        ) : (
          <RechargeForm config={config.data} />
        )}
      </div>
    </div>
  );
}

/** A whole number of yuan → fen; null when it is not one. */
function parseYuan(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  return Number(trimmed) * 100;
}

function RechargeForm({ config }: { config: PublicBillingConfig }) {
  const { t, locale } = useI18n();
  const { minFen, maxFen } = config.recharge;
  const presets = PRESETS_FEN.filter((fen) => fen >= minFen && fen <= maxFen);
  const [choice, setChoice] = useState<number | "custom">(() =>
    presets.includes(DEFAULT_FEN as (typeof presets)[number]) ? DEFAULT_FEN : (presets[0] ?? "custom"),
  );
  const [custom, setCustom] = useState("");
  const [payMethod, setPayMethod] = useState<PayMethod>("wechatpay");
  const form = useForm(["amountFen"] as const);
  const amount = form.field("amountFen");
  const { create, mutation } = useCreateOrder();
  const groupName = useId();
  const customHintId = useId();

  const amountFen = choice === "custom" ? parseYuan(custom) : choice;
  const validAmount = amountFen !== null && amountFen >= minFen && amountFen <= maxFen ? amountFen : null;
  const fmtYuan = (fen: number) => formatFen(fen, locale, 0);
  const method: PayMethod = config.transferAvailable ? payMethod : "wechatpay";

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (mutation.isPending) return;
    form.setFormError(null);
    if (amountFen === null) return form.setErrors({ amountFen: t("recharge.amountInvalid") });
    if (amountFen < minFen)
      return form.setErrors({ amountFen: t("recharge.amountTooSmall", { min: fmtYuan(minFen) }) });
    if (amountFen > maxFen)
      return form.setErrors({ amountFen: t("recharge.amountTooLarge", { max: fmtYuan(maxFen) }) });
    form.reset();
    mutation.reset();
    create({ kind: "recharge", amountFen, payMethod: method }, { onError: (error) => form.handleError(error) });
  }

  const error = mutation.error;
  const showError = error && !(isApiError(error) && error.code === "VALIDATION_FAILED" && !form.formError);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset
        className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
        aria-describedby={amount.error ? amount.errorId : undefined}
      >
        <legend className="float-left mb-4 font-semibold text-lg text-slate-900">{t("recharge.amount")}</legend>
        <div className="clear-both grid grid-cols-2 gap-3 sm:grid-cols-3">
          {presets.map((fen) => (
            <ChoiceCard
              key={fen}
              name={`${groupName}-amount`}
              checked={choice === fen}
              onSelect={() => {
                amount.clear();
                setChoice(fen);
              }}
              label={fmtYuan(fen)}
              description={t("recharge.presetPoints", {
                points: formatNumber(rechargePoints(fen, config.pointsPerYuan), locale),
              })}
            />
          ))}
          <ChoiceCard
            name={`${groupName}-amount`}
            checked={choice === "custom"}
            onSelect={() => {
              amount.clear();
              setChoice("custom");
            }}
            label={t("recharge.custom")}
          />
        </div>
        {choice === "custom" ? (
          <div className="mt-5 max-w-xs">
            <label htmlFor={amount.id} className="block font-medium text-slate-900 text-sm">
              {t("recharge.customLabel")}
            </label>
            <div className="relative mt-2">
              <span
                aria-hidden="true"
                className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500"
              >
                ¥
              </span>
              <input
                ref={amount.ref}
                id={amount.id}
                name={amount.name}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={7}
                value={custom}
                onChange={(e) => {
                  amount.clear();
                  setCustom(e.target.value);
                }}
                aria-invalid={amount.error ? true : undefined}
                aria-describedby={[amount.error ? amount.errorId : "", customHintId].filter(Boolean).join(" ")}
                className={`${inputClass} pl-7`}
              />
            </div>
            <p id={customHintId} className="mt-1.5 text-slate-500 text-sm">
              {t("recharge.customHint", { min: fmtYuan(minFen), max: fmtYuan(maxFen) })}
            </p>
          </div>
        ) : null}
        {amount.error ? (
          <p id={amount.errorId} className="mt-3 text-red-700 text-sm">
            {amount.error}
          </p>
        ) : null}
        <p className="mt-5 flex items-baseline gap-2 border-slate-100 border-t pt-4 text-slate-700" aria-live="polite">
          <span className="text-sm">{t("recharge.youGet")}</span>
          <span className="font-bold text-2xl text-indigo-700" data-testid="recharge-points">
            {validAmount === null
              ? "—"
              : t("recharge.youGetValue", {
                  points: formatNumber(rechargePoints(validAmount, config.pointsPerYuan), locale),
                })}
          </span>
        </p>
      </fieldset>

      <fieldset className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <legend className="float-left mb-4 font-semibold text-lg text-slate-900">{t("recharge.payMethod")}</legend>
        <div className="clear-both grid gap-3 sm:grid-cols-2">
          <ChoiceCard
            name={`${groupName}-method`}
            checked={method === "wechatpay"}
            onSelect={() => setPayMethod("wechatpay")}
            label={t("payMethod.wechatpay")}
            description={t("payMethod.wechatpay.hint")}
          />
          {config.transferAvailable ? (
            <ChoiceCard
              name={`${groupName}-method`}
              checked={method === "transfer"}
              onSelect={() => setPayMethod("transfer")}
              label={t("payMethod.transfer")}
              description={t("payMethod.transfer.hint")}
            />
          ) : null}
        </div>
      </fieldset>

      {showError ? (
        <Alert tone="error" title={t("recharge.failed")}>
          {form.formError ?? error.message}
        </Alert>
      ) : null}
      <SubmitButton pending={mutation.isPending} pendingLabel={t("recharge.submitting")} className="w-full sm:w-auto">
        {validAmount === null
          ? t("recharge.submitIdle")
          : t("recharge.submit", { amount: formatFen(validAmount, locale) })}
      </SubmitButton>
    </form>
  );
}
