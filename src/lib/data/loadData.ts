/**
 * Fetches the ingest output and validates it record by record against the contract, so one bad
 * record is skipped and counted instead of blanking the app. A missing or unreadable file is an
 * error that names the file. Parsing and validation run in a worker (validate.worker.ts): the
 * main thread only fetches and takes the validated records in chunks, so the page stays
 * responsive while ~50 MB of JSON are checked.
 */
import type { DataFileKey, ExplorerDocument, ExplorerEvent, Organization, Person } from '../../model/schema';
import type { SkippedRecord } from '../../model/parse';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

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

const FILES: Record<DataFileKey, string> = {
  documents: 'documents.json',
  events: 'events.json',
  people: 'people.json',
  organizations: 'organizations.json',
};

/** The file's bytes; a single-page fallback (index.html for a missing file) is an error. */
async function fetchBytes(file: string, fetcher: typeof fetch): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(file), { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new DataFileError(file, `the request failed (${String(cause)})`);
  }
  if (!response.ok) throw new DataFileError(file, `the server answered ${response.status} ${response.statusText}`.trim());
  const buffer = await response.arrayBuffer();
  const head = new TextDecoder().decode(new Uint8Array(buffer, 0, Math.min(buffer.byteLength, 256)));
  if (/^\s*</.test(head)) throw new DataFileError(file, 'the file is missing (the server sent a web page instead)');
  return buffer;
}

/** A worker running validateCore, or the same code here where there are no workers (tests). */
async function startValidator(onReply: (reply: ValidateReply) => void): Promise<{ post: (request: ValidateRequest) => void; close: () => void }> {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module', name: 'validate-data' });
    worker.onmessage = (event: MessageEvent<ValidateReply>) => onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onReply({ type: 'error', id: -1, message: `validation failed (${event.message || 'worker error'})` });
    };
    return {
      post: (request) => worker.postMessage(request, request.type === 'validate' ? [request.buffer] : []),
      close: () => worker.terminate(),
    };
  }
  const { createValidator } = await import('./validateCore');
  const handle = createValidator((reply) => queueMicrotask(() => onReply(reply)));
  return { post: handle, close: () => undefined };
}

/** Pull budgets: small in the background (a few ms of main-thread work per chunk), large when a page waits. */
const IDLE_BUDGET = 300;
const URGENT_BUDGET = 20_000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 16);
  });
}

/**
 * One load of the data: the files are fetched and validated in the worker at once (`checked`
 * gives the skipped records); the valid records come over to the main thread when `data()` is
 * first called, in idle-time chunks, or all at once after `hurry()`.
 */
export class DataLoad {
  readonly checked: Promise<SkippedRecord[]>;
  private readonly validated: Promise<{ key: DataFileKey; id: number; skipped: SkippedRecord[] }[]>;
  private readonly validator: ReturnType<typeof startValidator>;
  private readonly waiting = new Map<number, { file: string; resolve: (reply: ValidateReply) => void; reject: (error: Error) => void }>();
  private raw: Promise<RawData> | null = null;
  private urgent = false;
  failed = false;

  constructor(fetcher: typeof fetch) {
    this.validator = startValidator((reply) => this.onReply(reply));
    const keys = Object.keys(FILES) as DataFileKey[];
    this.validated = Promise.all(
      keys.map(async (key, id) => {
        const buffer = await fetchBytes(FILES[key], fetcher);
        const reply = await this.request({ type: 'validate', id, key, buffer }, FILES[key]);
        return { key, id, skipped: reply.type === 'validated' ? reply.skipped : [] };
      }),
    );
    this.checked = this.validated.then(
      (files) => files.flatMap((f) => f.skipped),
      (error: unknown) => {
        this.fail();
        throw error;
      },
    );
    this.checked.catch(() => undefined);
  }

  private onReply(reply: ValidateReply): void {
    if (reply.id === -1) {
      for (const job of this.waiting.values()) job.reject(new DataFileError(job.file, reply.type === 'error' ? reply.message : 'validation failed'));
      this.waiting.clear();
      return;
    }
    const job = this.waiting.get(reply.id);
    if (!job) return;
    this.waiting.delete(reply.id);
    if (reply.type === 'error') job.reject(new DataFileError(job.file, reply.message));
    else job.resolve(reply);
  }

  private async request(request: ValidateRequest, file: string): Promise<ValidateReply> {
    const validator = await this.validator;
    return new Promise<ValidateReply>((resolve, reject) => {
      this.waiting.set(request.id, { file, resolve, reject });
      validator.post(request);
    });
  }

  private fail(): void {
    this.failed = true;
    void this.validator.then((v) => v.close());
  }

  /** Takes the remaining records without waiting for idle time (a page is waiting for them). */
  hurry(): void {
    this.urgent = true;
  }

  /** Resolves in the next idle time, or at once after `hurry()`: the pace of background work on this load. */
  async pause(): Promise<void> {
    if (!this.urgent) await whenIdle();
  }

  data(): Promise<RawData> {
    this.raw ??= this.pullAll().then(
      (raw) => {
        void this.validator.then((v) => v.close());
        return raw;
      },
      (error: unknown) => {
        this.fail();
        throw error;
      },
    );
    return this.raw;
  }

  private async pullAll(): Promise<RawData> {
    const files = await this.validated;
    const records: Partial<Record<DataFileKey, unknown[]>> = {};
    for (const { key, id } of files) {
      const list: unknown[] = [];
      for (;;) {
        await this.pause();
        const reply = await this.request({ type: 'pull', id, budget: this.urgent ? URGENT_BUDGET : IDLE_BUDGET }, FILES[key]);
        if (reply.type !== 'records') break;
        for (const record of reply.records) list.push(record);
        if (reply.done) break;
      }
      records[key] = list;
    }
    return {
      documents: (records.documents ?? []) as ExplorerDocument[],
      events: (records.events ?? []) as ExplorerEvent[],
      people: (records.people ?? []) as Person[],
      organizations: (records.organizations ?? []) as Organization[],
      skipped: files.flatMap((f) => f.skipped),
    };
  }
}

let current: DataLoad | null = null;

/** The current load of the data, started on first use; a failed load is replaced (retry). */
export function dataLoad(fetcher: typeof fetch = fetch): DataLoad {
  if (!current || current.failed) current = new DataLoad(fetcher);
  return current;
}

/** Hurries the current load, if any: a page is waiting for the data. */
export function hurryDataLoad(): void {
  current?.hurry();
}

/** Everything, validated: for callers that need the data now. */
export async function loadRawData(fetcher: typeof fetch = fetch): Promise<RawData> {
  const load = new DataLoad(fetcher);
  load.hurry();
  return load.data();
}

/** The cleaned text of one document, fetched as plain text (never interpreted as HTML). */
export async function loadDocumentText(textPath: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(dataUrl(textPath));
  if (!response.ok) throw new DataFileError(textPath, `the server answered ${response.status}`);
  const body = await response.text();
  if (/^\s*<!doctype html/i.test(body)) throw new DataFileError(textPath, 'the file is missing');
  return body;
}
