import { defineConfig } from "drizzle-kit";

// Generation only (no driver/credentials): `drizzle-kit generate` writes SQL to migrations/, which wrangler applies.
export default defineConfig({
  dialect: "sqlite",
  schema: "./worker/db/schema.ts",
  out: "./migrations",
  strict: true,
  verbose: true,
});
