import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { plans } from "../../db/schema";
import type { Locale } from "../../lib/contract";
import type { Plan } from "./schemas";

/** The plans on sale, in display order, named in the caller's language. */
export async function listActivePlans(db: Db, locale: Locale): Promise<Plan[]> {
  const rows = await db.select().from(plans).where(eq(plans.active, true)).orderBy(asc(plans.sort));
  return rows.map((row) => ({
    code: row.code as Plan["code"],
    name: locale === "en" ? row.nameEn : row.nameZh,
    priceFen: row.priceFen,
    days: row.days,
    points: row.points,
  }));
}
