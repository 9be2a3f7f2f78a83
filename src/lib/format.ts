import { isIsoDate } from '../model/isoDate';
import type { ExplorerEvent } from '../model/schema';

/**
 * English month names. Dates are formatted by hand rather than with Intl.DateTimeFormat: the
 * explorer shows dates in one fixed style, and `format` costs tens of microseconds a call, paid
 * for every card on every scroll frame and every search hit on every keystroke.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO_MONTH = /^(\d{4})-(\d{2})/;

/** "23 July 2024"; a string that is not a calendar day (YYYY-MM-DD) is shown as it is. */
export function formatDay(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "July 2024" from a YYYY-MM or YYYY-MM-DD string (others shown as they are). */
export function formatMonth(isoMonth: string): string {
  const m = ISO_MONTH.exec(isoMonth);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : isoMonth;
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
