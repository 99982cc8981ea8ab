import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../context";
import { isDevelopment } from "../lib/env";

const apiHeaders = (hsts: boolean) =>
  secureHeaders({
    // JSON answers never need to run or embed anything.
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    strictTransportSecurity: hsts ? "max-age=31536000; includeSubDomains" : false,
    xFrameOptions: "DENY",
    referrerPolicy: "strict-origin-when-cross-origin",
    crossOriginResourcePolicy: "same-origin",
  });

const production = apiHeaders(true);
const development = apiHeaders(false);

/** Security headers on API answers; the app shell and assets get theirs from `web/public/_headers`. */
export const securityHeaders = createMiddleware<AppEnv>((c, next) =>
  (isDevelopment(c.env) ? development : production)(c, next),
);
