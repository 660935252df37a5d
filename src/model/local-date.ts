const pad = (n: number) => String(n).padStart(2, '0');

/** Today's (or `now`'s) local date as yyyy-mm-dd. */
export function today(now = new Date()): string {
  return localDay(now.toISOString());
}

/** The local date (yyyy-mm-dd) of an ISO timestamp. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
