import { createFileRoute, Link } from "@tanstack/react-router";
import { Icon, type IconName } from "../../components/icons.tsx";
import { type MessageKey, useT } from "../../i18n/index.tsx";

export const Route = createFileRoute("/_public/")({
  component: Landing,
});

const FEATURES: readonly { icon: IconName; title: MessageKey; body: MessageKey }[] = [
  { icon: "document", title: "landing.feature.diagnosis.title", body: "landing.feature.diagnosis.body" },
  { icon: "lightbulb", title: "landing.feature.prediction.title", body: "landing.feature.prediction.body" },
  { icon: "chat", title: "landing.feature.mock.title", body: "landing.feature.mock.body" },
  { icon: "video", title: "landing.feature.meeting.title", body: "landing.feature.meeting.body" },
];

const STEPS: readonly { title: MessageKey; body: MessageKey }[] = [
  { title: "landing.points.step1.title", body: "landing.points.step1.body" },
  { title: "landing.points.step2.title", body: "landing.points.step2.body" },
  { title: "landing.points.step3.title", body: "landing.points.step3.body" },
];

const primaryCta =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-indigo-600 px-5 py-3 font-semibold text-sm text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const secondaryCta =
  "inline-flex items-center justify-center rounded-lg bg-white px-5 py-3 font-semibold text-slate-900 text-sm shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

function Landing() {
  const t = useT();
  return (
    <>
      <section className="relative isolate overflow-hidden border-slate-100 border-b bg-gradient-to-b from-indigo-50/70 to-white">
        <div
          aria-hidden="true"
          className="-z-10 absolute inset-0 bg-[radial-gradient(circle_at_1px_1px,var(--color-slate-300)_1px,transparent_0)] bg-[size:24px_24px] [mask-image:linear-gradient(to_bottom,white,transparent)]"
        />
        <div className="mx-auto max-w-4xl px-4 pt-20 pb-24 text-center sm:px-6 sm:pt-28 sm:pb-32">
          <p className="inline-flex items-center rounded-full bg-white px-3 py-1 font-medium text-indigo-700 text-sm shadow-sm ring-1 ring-indigo-100">
            {t("landing.hero.eyebrow")}
          </p>
          <h1 className="mt-6 text-balance font-bold text-4xl text-slate-900 tracking-tight sm:text-6xl">
            {t("landing.hero.title")}
          </h1>
          <p className="mx-auto mt-6 max-w-2xl text-pretty text-lg text-slate-600 leading-8">
            {t("landing.hero.subtitle")}
          </p>
          <div className="mt-10 flex flex-col justify-center gap-3 sm:flex-row">
            <Link to="/app" className={primaryCta}>
              {t("landing.hero.ctaPrimary")}
              <Icon name="arrowRight" className="size-4" />
            </Link>
            <Link to="/pricing" className={secondaryCta}>
              {t("landing.hero.ctaSecondary")}
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="features-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-24">
        <div className="mx-auto max-w-2xl text-center">
          <h2 id="features-title" className="font-bold text-3xl text-slate-900 tracking-tight sm:text-4xl">
            {t("landing.features.title")}
          </h2>
          <p className="mt-4 text-lg text-slate-600">{t("landing.features.subtitle")}</p>
        </div>
        <ul className="mt-14 grid gap-6 sm:grid-cols-2">
          {FEATURES.map((f) => (
            <li
              key={f.title}
              className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition-shadow hover:shadow-md sm:p-8"
            >
              <span className="grid size-11 place-items-center rounded-xl bg-indigo-600 text-white">
                <Icon name={f.icon} />
              </span>
              <h3 className="mt-5 font-semibold text-slate-900 text-xl">{t(f.title)}</h3>
              <p className="mt-3 text-slate-600 leading-7">{t(f.body)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="points-title" className="border-slate-100 border-y bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-24">
          <div className="mx-auto max-w-2xl text-center">
            <h2 id="points-title" className="font-bold text-3xl text-slate-900 tracking-tight sm:text-4xl">
              {t("landing.points.title")}
            </h2>
            <p className="mt-4 text-lg text-slate-600">{t("landing.points.subtitle")}</p>
          </div>
          <ol className="mt-14 grid gap-6 md:grid-cols-3">
            {STEPS.map((s, i) => (
              <li key={s.title} className="rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8">
                <span className="grid size-9 place-items-center rounded-full bg-amber-100 font-bold text-amber-800">
                  {i + 1}
                </span>
                <h3 className="mt-5 font-semibold text-lg text-slate-900">{t(s.title)}</h3>
                <p className="mt-3 text-slate-600 leading-7">{t(s.body)}</p>
              </li>
            ))}
          </ol>
          <p className="mt-10 text-center">
            <Link
              to="/pricing"
              className="inline-flex items-center gap-1.5 font-semibold text-indigo-700 hover:text-indigo-600 hover:underline"
            >
              {t("landing.points.link")}
              <Icon name="arrowRight" className="size-4" />
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="cta-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-24">
        <div className="rounded-3xl bg-slate-900 px-6 py-14 text-center sm:px-12">
          <h2 id="cta-title" className="font-bold text-3xl text-white tracking-tight">
            {t("landing.cta.title")}
          </h2>
          <p className="mx-auto mt-4 max-w-xl text-lg text-slate-300">{t("landing.cta.body")}</p>
          <Link
            to="/app"
            className="mt-8 inline-flex items-center gap-2 rounded-lg bg-white px-5 py-3 font-semibold text-slate-900 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            {t("landing.cta.button")}
            <Icon name="arrowRight" className="size-4" />
          </Link>
        </div>
      </section>
    </>
  );
}
