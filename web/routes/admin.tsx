import { createFileRoute, Outlet } from "@tanstack/react-router";
import { PublicLayout } from "../components/PublicLayout.tsx";
import { Shell, type ShellNavItem } from "../components/Shell.tsx";
import { Forbidden } from "../components/StatusPages.tsx";
import { isStaff, requireUser } from "../lib/auth.ts";
import { useMe } from "../lib/me.ts";

// Only features that exist get an entry; add items here as they are built.
const NAV: readonly ShellNavItem[] = [
  { to: "/admin", label: "shell.nav.overview", exact: true },
  { to: "/admin/orders", label: "shell.nav.adminOrders" },
  { to: "/admin/anomalies", label: "shell.nav.anomalies" },
];

export const Route = createFileRoute("/admin")({
  beforeLoad: ({ context, location }) => requireUser(context.queryClient, location.href),
  component: AdminLayout,
});

function AdminLayout() {
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  if (!isStaff(user)) {
    return (
      <PublicLayout>
        <Forbidden />
      </PublicLayout>
    );
  }
  return (
    <Shell title="shell.admin" home="/admin" nav={NAV} user={user}>
      <Outlet />
    </Shell>
  );
}
