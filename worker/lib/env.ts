/** Development covers `npm run dev` and tests; anything else is treated as production. */
export function isDevelopment(env: Pick<Env, "APP_ENV">): boolean {
  return env.APP_ENV === "development" || env.APP_ENV === "test";
}

/** The app's canonical origin (from `APP_URL`): used for links in emails and the CSRF check. */
export function appOrigin(env: Pick<Env, "APP_URL">): string {
  return new URL(env.APP_URL).origin;
}
