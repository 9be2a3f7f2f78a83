/**
 * Fetches the ingest output and validates it record by record against the contract, so one bad
 * record is skipped and counted instead of blanking the app. A missing or unreadable file is an
 * error that names the file.
 */
import { DATA_FILES, type DataFileKey } from '../../model/schema';
import { parseRecords, type SkippedRecord } from '../../model/parse';
import type { ExplorerDocument, ExplorerEvent, Organization, Person } from '../../model/schema';

export interface RawData {
  documents: ExplorerDocument[];
  events: ExplorerEvent[];
  people: Person[];
  organizations: Organization[];
  skipped: SkippedRecord[];
}

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Could not load ${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}

export function dataUrl(relative: string): string {
  return `${import.meta.env.BASE_URL}data/${relative}`;
}

export async function fetchJsonFile(file: string, fetcher: typeof fetch = fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(file), { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new DataFileError(file, `the request failed (${String(cause)})`);
  }
  if (!response.ok) throw new DataFileError(file, `the server answered ${response.status} ${response.statusText}`.trim());
  const body = await response.text();
  // A static server's single-page fallback answers a missing file with index.html.
  if (/^\s*</.test(body)) throw new DataFileError(file, 'the file is missing (the server sent a web page instead)');
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw new DataFileError(file, `the file is not valid JSON (${(cause as Error).message})`);
  }
}

async function loadFile<K extends DataFileKey>(key: K, fetcher: typeof fetch) {
  const { file, schema } = DATA_FILES[key];
  const json = await fetchJsonFile(file, fetcher);
  try {
    return parseRecords(schema, json, file);
  } catch (cause) {
    throw new DataFileError(file, (cause as Error).message.replace(`${file}: `, ''));
  }
}

export async function loadRawData(fetcher: typeof fetch = fetch): Promise<RawData> {
  const [documents, events, people, organizations] = await Promise.all([
    loadFile('documents', fetcher),
    loadFile('events', fetcher),
    loadFile('people', fetcher),
    loadFile('organizations', fetcher),
  ]);
  return {
    documents: documents.records as ExplorerDocument[],
    events: events.records as ExplorerEvent[],
    people: people.records as Person[],
    organizations: organizations.records as Organization[],
    skipped: [...documents.skipped, ...events.skipped, ...people.skipped, ...organizations.skipped],
  };
}

/** The cleaned text of one document, fetched as plain text (never interpreted as HTML). */
export async function loadDocumentText(textPath: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(dataUrl(textPath));
  if (!response.ok) throw new DataFileError(textPath, `the server answered ${response.status}`);
  const body = await response.text();
  if (/^\s*<!doctype html/i.test(body)) throw new DataFileError(textPath, 'the file is missing');
  return body;
}
