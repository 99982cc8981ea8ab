import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cloudflare } from "@cloudflare/vite-plugin";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const port = Number(process.env.PORT ?? 8787);
const stateDir = process.env.ZHIMAI_STATE_DIR ? resolve(process.env.ZHIMAI_STATE_DIR) : "../.wrangler/state";
// The router plugin resolves relative paths against Vite's `root` ("web"), so pass absolute ones.
const fromHere = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: "web",
  publicDir: "public",
  plugins: [
    tanstackRouter({
      target: "react",
      autoCodeSplitting: true,
      routesDirectory: fromHere("./web/routes"),
      generatedRouteTree: fromHere("./web/routeTree.gen.ts"),
    }),
    react(),
    tailwindcss(),
    // Local D1/R2/Queues/DO state lives in the repo-level .wrangler/state, shared with `wrangler d1 … --local`;
    // ZHIMAI_STATE_DIR points the e2e and benchmark runs at a throwaway state of their own.
    cloudflare({ configPath: "../wrangler.toml", persistState: { path: stateDir } }),
  ],
  // The Cloudflare plugin puts each environment in `<build.outDir>/<env>`: the app in dist/client,
  // the Worker bundle in dist/zhimai (kept out of the public assets directory).
  build: { outDir: "../dist", emptyOutDir: true },
  // The client manifest (dist/client/.vite/manifest.json, not deployed: web/public/.assetsignore)
  // lets scripts/check-bundle-size.ts find the landing route's lazy chunks.
  environments: { client: { build: { manifest: true } } },
  server: { port, strictPort: true, host: "localhost" },
  preview: { port, strictPort: true, host: "localhost" },
});
