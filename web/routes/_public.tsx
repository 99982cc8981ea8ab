import { createFileRoute, Outlet } from "@tanstack/react-router";
import { PublicLayout } from "../components/PublicLayout.tsx";

/** Pathless layout: header and footer of the public site. */
export const Route = createFileRoute("/_public")({
  component: () => (
    <PublicLayout>
      <Outlet />
    </PublicLayout>
  ),
});
