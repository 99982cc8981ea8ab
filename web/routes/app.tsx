import { createFileRoute, Outlet, useRouter } from "@tanstack/react-router";
import { useEffect } from "react";
import { isApiError } from "../api-client/client.ts";
import { Shell, type ShellNavItem } from "../components/Shell.tsx";
import { requireUser } from "../lib/auth.ts";
import { useMe } from "../lib/me.ts";

// Only features that exist get an entry; add items here as they are built.
const NAV: readonly ShellNavItem[] = [
  { to: "/app", label: "shell.nav.overview", exact: true },
  { to: "/app/resumes", label: "shell.nav.resumes" },
  { to: "/app/diagnoses", label: "shell.nav.diagnoses" },
  { to: "/app/interview-preps", label: "shell.nav.preps" },
  { to: "/app/interviews", label: "shell.nav.interviews" },
  { to: "/app/meetings", label: "shell.nav.meetings" },
  { to: "/app/recharge", label: "shell.nav.recharge" },
  { to: "/app/orders", label: "shell.nav.orders" },
  { to: "/app/points", label: "shell.nav.points" },
  { to: "/app/settings", label: "shell.nav.settings" },
];

export const Route = createFileRoute("/app")({
  beforeLoad: ({ context, location }) => requireUser(context.queryClient, location.href),
  component: AppLayout,
});

function AppLayout() {
  const { user: initial } = Route.useRouteContext();
  const { user, query } = useMe(initial);
  const router = useRouter();
  const signedOut = isApiError(query.error) && query.error.status === 401;
  // The session ended elsewhere (revoked, password reset): back to login, then here again.
  useEffect(() => {
    if (signedOut) {
      const { href } = router.state.location;
      void router.navigate({ to: "/login", search: { redirect: href }, replace: true });
    }
  }, [signedOut, router]);
  return (
    <Shell title="shell.app" home="/app" nav={NAV} user={user}>
      <Outlet />
    </Shell>
  );
}
