import { cloudflare } from "@cloudflare/vite-plugin";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { existsSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const port = Number(process.env.PORT ?? 8787);
// The router plugin resolves relative paths against Vite's `root` ("web"), so pass absolute ones.
const fromHere = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Dev only: Vite serves `web/api/*.ts` (the typed API client) at `/api/...`, which the Cloudflare
 * plugin routes to the Worker (`run_worker_first = ["/api/*"]`), so the browser got the API's 404.
 * Rewrite requests for files that exist under web/api/ to their `/@fs/` URL before that happens.
 */
function serveWebApiSources(): Plugin {
  const webRoot = fromHere("./web");
  const apiDir = join(webRoot, "api") + sep;
  return {
    name: "zhimai:serve-web-api-sources",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url;
        if (url?.startsWith("/api/")) {
          const pathname = url.split(/[?#]/, 1)[0] ?? url;
          let file: string | null = null;
          try {
            file = join(webRoot, decodeURIComponent(pathname));
          } catch {
            file = null;
          }
          if (file?.startsWith(apiDir) && existsSync(file) && statSync(file).isFile()) {
            req.url = `/@fs${file}${url.slice(pathname.length)}`;
          }
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: "web",
  publicDir: "public",
  plugins: [
    serveWebApiSources(),
    tanstackRouter({
      target: "react",
      autoCodeSplitting: true,
      routesDirectory: fromHere("./web/routes"),
      generatedRouteTree: fromHere("./web/routeTree.gen.ts"),
    }),
    react(),
    tailwindcss(),
    // Local D1/R2/Queues/DO state lives in the repo-level .wrangler/state, shared with `wrangler d1 … --local`.
    cloudflare({ configPath: "../wrangler.toml", persistState: { path: "../.wrangler/state" } }),
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
