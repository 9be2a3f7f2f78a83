/**
 * `YYYY-MM-DD` and a real calendar day. Plain code (no schema library), so pages that only check
 * dates in the URL stay small.
 */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
