/** RFC 3339 in China Standard Time at second precision, as WeChat Pay writes times: 2025-05-20T13:29:35+08:00. */
export function formatBeijingTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
