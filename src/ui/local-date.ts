const pad = (n: number) => String(n).padStart(2, '0');

/** Today's local date as yyyy-mm-dd. */
export function today(): string {
  return localDay(new Date().toISOString());
}

/** The local date (yyyy-mm-dd) of an ISO timestamp. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
