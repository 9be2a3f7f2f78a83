/**
 * report: per-document messages in the shape of vfile-reporter (file:line:column severity message)
 * and the summary line.
 */
import type { Corpus } from '../model/corpus';
import type { DocRecord, Message } from './types';

export interface FileReport {
  file: string;
  documentId: string | null;
  messages: Message[];
}

export interface IngestReport {
  documents: number;
  events: number;
  people: number;
  organizations: number;
  warnings: number;
  errors: number;
  files: FileReport[];
}

export function buildReport(docs: DocRecord[], corpus: Corpus, extra: FileReport[] = []): IngestReport {
  const files: FileReport[] = [
    ...extra,
    ...docs
      .filter((d) => d.messages.length)
      .map((d) => ({ file: d.file, documentId: d.id, messages: d.messages })),
  ];
  const all = files.flatMap((f) => f.messages);
  return {
    documents: corpus.documents.length,
    events: corpus.events.length,
    people: corpus.people.length,
    organizations: corpus.organizations.length,
    warnings: all.filter((m) => m.severity === 'warning').length,
    errors: all.filter((m) => m.severity === 'error').length,
    files,
  };
}

/** Adds file reports (e.g. entries the scan skipped) to a report, keeping its counts right. */
export function addFileReports(report: IngestReport, extra: FileReport[], at: 'start' | 'end' = 'end'): void {
  if (!extra.length) return;
  if (at === 'start') report.files.unshift(...extra);
  else report.files.push(...extra);
  const all = extra.flatMap((f) => f.messages);
  report.errors += all.filter((m) => m.severity === 'error').length;
  report.warnings += all.filter((m) => m.severity === 'warning').length;
}

/** vfile-reporter-like text: a header per file, one indented line per message. */
export function formatReport(report: IngestReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(f.file);
    for (const m of f.messages) {
      const where = `${m.line}:${m.column}`.padEnd(7);
      lines.push(`  ${where} ${m.severity.padEnd(7)} ${m.message}  ${m.source}:${m.ruleId}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function summaryLine(report: IngestReport, seconds: number): string {
  return (
    `${report.documents} documents, ${report.events} events, ${report.people} people, ` +
    `${report.organizations} organizations, ${report.warnings} warnings, ${report.errors} errors ` +
    `in ${seconds.toFixed(2)}s`
  );
}
