import type { ExplorerEvent } from '../model/schema';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function toUtcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "23 July 2024" */
export function formatDay(iso: string): string {
  return dayFormat.format(toUtcDate(iso));
}

/** "July 2024" from a YYYY-MM or YYYY-MM-DD string. */
export function formatMonth(isoMonth: string): string {
  return monthFormat.format(toUtcDate(`${isoMonth.slice(0, 7)}-01`));
}

/** "3–4 July 2024", "23 July 2024", or "Date unknown". */
export function formatEventDate(event: Pick<ExplorerEvent, 'date' | 'endDate'>): string {
  if (!event.date) return 'Date unknown';
  if (!event.endDate || event.endDate === event.date) return formatDay(event.date);
  const [y1, m1] = event.date.split('-');
  const [y2, m2] = event.endDate.split('-');
  if (y1 === y2 && m1 === m2) return `${Number(event.date.slice(8))}–${formatDay(event.endDate)}`;
  return `${formatDay(event.date)} – ${formatDay(event.endDate)}`;
}

/** "round table" → "Round table" */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
