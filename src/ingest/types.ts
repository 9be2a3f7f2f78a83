/**
 * Types that cross stage boundaries. A `DocRecord` is the one value every per-document stage takes
 * and returns (like a vfile): it carries the text at each step and the messages stages add.
 */
import type { Capacity, EventType } from '../model/schema';

export type Severity = 'warning' | 'error';

/** A diagnostic with a position in the text it is about (vfile-message style). */
export interface Message {
  severity: Severity;
  /** Stage that raised it ("read", "clean", "extract", "corrections", ...). */
  source: string;
  /** Short machine-readable reason. */
  ruleId: string;
  message: string;
  /** 1-based line/column in the cleaned text (or 1:1 when the message concerns the file). */
  line: number;
  column: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface LocalOrg {
  /** Key unique within the document (folded name). */
  key: string;
  name: string;
  aliases: string[];
  kind: 'organization' | 'country';
  mentions: Span[];
}

export interface LocalPerson {
  key: string;
  name: string;
  aliases: string[];
  role: string | null;
  orgKey: string | null;
  mentions: Span[];
  /** True when the person took part in a reported event (else merely mentioned). */
  participant: boolean;
}

export interface LocalParticipant {
  personKey: string;
  role: string | null;
  orgKey: string | null;
  capacity: Capacity;
  evidence: Span;
  roleEvidence: Span | null;
}

export interface LocalEvent {
  title: string | null;
  titleEvidence: Span | null;
  type: EventType;
  date: string | null;
  endDate: string | null;
  dateSource: 'text' | 'published' | null;
  dateEvidence: Span | null;
  location: string | null;
  locationEvidence: Span | null;
  organizers: { orgKey: string; evidence: Span }[];
  participants: LocalParticipant[];
  referenced: boolean;
  evidence: Span;
}

export interface Extraction {
  events: LocalEvent[];
  people: LocalPerson[];
  orgs: LocalOrg[];
}

export interface DocRecord {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  id: string;
  format: 'txt' | 'md' | 'html';
  bytes: Uint8Array | null;
  /** Size of the file in bytes (`bytes` may hold only its head: see read.ts LIMITS). */
  size?: number;
  /** Decoded source text (before cleaning). */
  raw: string;
  /** Cleaned text: evidence offsets point into it. */
  text: string;
  title: string | null;
  published: string | null;
  publishedEvidence: Span | null;
  url: string | null;
  sentences: Span[];
  extraction: Extraction;
  messages: Message[];
}

export function emptyExtraction(): Extraction {
  return { events: [], people: [], orgs: [] };
}
