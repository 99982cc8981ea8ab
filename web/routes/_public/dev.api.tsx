import { createFileRoute, lazyRouteComponent, notFound } from "@tanstack/react-router";

/** Development-only API reference, rendered from `/api/v1/openapi.json`. A 404 in production builds. */
export const Route = createFileRoute("/_public/dev/api")({
  beforeLoad: () => {
    if (!import.meta.env.DEV) throw notFound();
  },
  // The dynamic import is dead code in production builds, so the viewer is not even bundled.
  component: import.meta.env.DEV
    ? lazyRouteComponent(() => import("../../components/ApiReference.tsx"), "ApiReference")
    : () => null,
});
