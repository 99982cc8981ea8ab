import { createFileRoute, Outlet } from "@tanstack/react-router";
import { Shell, type ShellNavItem } from "../components/Shell.tsx";
import { requireUser } from "../lib/auth.ts";

// Only features that exist get an entry; add items here as they are built.
const NAV: readonly ShellNavItem[] = [{ to: "/app", label: "shell.nav.overview", exact: true }];

export const Route = createFileRoute("/app")({
  beforeLoad: ({ context, location }) => requireUser(context.queryClient, location.href),
  component: AppLayout,
});

function AppLayout() {
  const { user } = Route.useRouteContext();
  return (
    <Shell title="shell.app" home="/app" nav={NAV} user={user}>
      <Outlet />
    </Shell>
  );
}
