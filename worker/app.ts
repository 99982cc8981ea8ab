import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./context";
import { csrfOrigin } from "./middleware/csrf";
import { notFound, onError } from "./middleware/errors";
import { requestContext } from "./middleware/request-context";
import { securityHeaders } from "./middleware/security-headers";
import { adminBillingRoutes } from "./modules/admin/billing-routes";
import { analysisRoutes } from "./modules/analysis/routes";
import { meRoutes } from "./modules/auth/me-routes";
import { authRoutes } from "./modules/auth/routes";
import { notifyRoutes } from "./modules/billing/notify-routes";
import { billingRoutes } from "./modules/billing/routes";
import { createSimulatorRoutes } from "./modules/billing/simulator-routes";
import { healthRoutes } from "./modules/health/routes";
import { interviewRoutes } from "./modules/interviews/routes";
import { mailboxRoutes } from "./modules/mailbox/routes";
import { meetingRoutes } from "./modules/meetings/routes";
import { pointsRoutes } from "./modules/points/routes";
import { resumeRoutes } from "./modules/resumes/routes";

export const API_PREFIX = "/api/v1";

export function createApp() {
  const api = new OpenAPIHono<AppEnv>()
    .route("/", healthRoutes)
    .route("/", mailboxRoutes)
    .route("/", billingRoutes)
    .route("/", notifyRoutes)
    .route(
      "/",
      createSimulatorRoutes((request, env, ctx) => app.fetch(request, env, ctx)),
    )
    .route("/", pointsRoutes)
    .route("/", resumeRoutes)
    .route("/", authRoutes)
    .route("/", meRoutes)
    .route("/", adminBillingRoutes)
    .route("/", analysisRoutes)
    .route("/", interviewRoutes)
    .route("/", meetingRoutes);

  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Zhimai API",
      version: "1.0.0",
      description: "职麦 Zhimai HTTP API. Errors: `{error:{code,message,details}}`; messages follow Accept-Language.",
    },
    servers: [{ url: API_PREFIX }],
  });

  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestContext, securityHeaders, csrfOrigin);
  app.route(API_PREFIX, api);
  app.notFound(notFound);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
