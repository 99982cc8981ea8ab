/**
 * Search parameters of the pages that start something for a résumé (`?resumeId=`). Apart from the other
 * helpers: route options load with the entry bundle.
 */
export const resumeIdSearch = (search: Record<string, unknown>): { resumeId?: string } =>
  typeof search.resumeId === "string" && search.resumeId ? { resumeId: search.resumeId } : {};
