/**
 * Exports a selection of events as CSV, JSON or iCalendar. Pure string builders (tested), plus one
 * browser helper that offers the result as a download.
 */
import type { ExplorerData } from '../data/explorerData';
import type { ExplorerEvent } from '../../model/schema';

export interface ExportRow {
  id: string;
  date: string;
  endDate: string;
  type: string;
  title: string;
  location: string;
  organizers: string;
  participants: string;
  referenced: string;
  sources: string;
}

export function exportRows(events: ExplorerEvent[], data: ExplorerData): ExportRow[] {
  return events.map((e) => ({
    id: e.id,
    date: e.date ?? '',
    endDate: e.endDate ?? '',
    type: e.type,
    title: e.title ?? '',
    location: e.location ?? '',
    organizers: e.organizerIds.map((id) => data.organizationsById.get(id)?.name ?? id).join('; '),
    participants: e.participants
      .map((p) => {
        const name = data.peopleById.get(p.personId)?.name ?? p.personId;
        const role = [p.role, p.organizationId ? data.organizationsById.get(p.organizationId)?.name : null].filter(Boolean).join(', ');
        return role ? `${name} (${role}; ${p.capacity})` : `${name} (${p.capacity})`;
      })
      .join('; '),
    referenced: e.referenced ? 'yes' : 'no',
    sources: e.documentIds.map((id) => data.documentsById.get(id)?.file ?? id).join('; '),
  }));
}

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ExportRow[]): string {
  const header: (keyof ExportRow)[] = ['id', 'date', 'endDate', 'type', 'title', 'location', 'organizers', 'participants', 'referenced', 'sources'];
  const lines = [header.join(','), ...rows.map((row) => header.map((key) => csvCell(row[key])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(events: ExplorerEvent[], data: ExplorerData): string {
  return `${JSON.stringify(exportRows(events, data).map((row, i) => ({ ...row, participantIds: events[i]?.participants.map((p) => p.personId) ?? [] })), null, 2)}\n`;
}

function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function foldLine(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 74) {
    parts.push(rest.slice(0, 74));
    rest = ` ${rest.slice(74)}`;
  }
  parts.push(rest);
  return parts.join('\r\n');
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** All-day events; undated events cannot be placed in a calendar and are left out. */
export function toIcs(events: ExplorerEvent[], data: ExplorerData): string {
  const rows = exportRows(events, data);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Event Explorer//EN', 'CALSCALE:GREGORIAN'];
  events.forEach((event, i) => {
    const row = rows[i] as ExportRow;
    if (!event.date) return;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(event.id)}@event-explorer`,
      `DTSTAMP:${icsDate(event.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(dayAfter(event.endDate ?? event.date))}`,
      `SUMMARY:${icsText(row.title || `${row.type}${row.location ? ` in ${row.location}` : ''}`)}`,
    );
    if (row.location) lines.push(`LOCATION:${icsText(row.location)}`);
    const description = [row.organizers && `Organized by ${row.organizers}`, row.participants && `Participants: ${row.participants}`].filter(Boolean).join('\n');
    if (description) lines.push(`DESCRIPTION:${icsText(description)}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export type ExportFormat = 'csv' | 'json' | 'ics';

const MIME: Record<ExportFormat, string> = { csv: 'text/csv', json: 'application/json', ics: 'text/calendar' };

export function exportEvents(format: ExportFormat, events: ExplorerEvent[], data: ExplorerData): string {
  if (format === 'csv') return toCsv(exportRows(events, data));
  if (format === 'json') return toJson(events, data);
  return toIcs(events, data);
}

/** Offers a file to the user (browser only). */
export function downloadText(fileName: string, format: ExportFormat, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${MIME[format]};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
