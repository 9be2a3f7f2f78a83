/**
 * The output contract of ingest (see ../shared/DESIGN.md), shared by the ingest pipeline and the app.
 * Field names and meanings here are read by evaluation: extend, never rename.
 */
import { z } from 'zod';
import { isIsoDate } from './isoDate';
import { CAPACITIES, EVENT_TYPES } from './vocabulary';

/** `YYYY-MM-DD`, and a real calendar day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
  .refine(isIsoDate, 'not a calendar date');
export type IsoDate = z.infer<typeof isoDate>;

/** Character offsets into a document's cleaned text: `text.slice(start, end)` is the support. */
export const evidenceSchema = z
  .object({
    documentId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((e) => e.end >= e.start, 'evidence end precedes start');
export type Evidence = z.infer<typeof evidenceSchema>;

export const eventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventTypeSchema>;

export const capacitySchema = z.enum(CAPACITIES);
export type Capacity = z.infer<typeof capacitySchema>;

export const participantSchema = z.object({
  personId: z.string().min(1),
  /** Title words as the report gives them ("Director General", "Ambassador"), or null. */
  role: z.string().nullable(),
  /** Affiliation: an organization or a country (see Organization.kind), or null. */
  organizationId: z.string().nullable(),
  capacity: capacitySchema,
  /** The span that names the person as taking part. */
  evidence: evidenceSchema,
  /** The span that states the role and affiliation, when it differs from `evidence`. */
  roleEvidence: evidenceSchema.nullable().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const organizerSchema = z.object({
  organizationId: z.string().min(1),
  evidence: evidenceSchema,
});
export type Organizer = z.infer<typeof organizerSchema>;

export const eventSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  documentIds: z.array(z.string().min(1)).min(1),
  title: z.string().nullable(),
  type: eventTypeSchema,
  date: isoDate.nullable(),
  endDate: isoDate.nullable(),
  dateSource: z.enum(['text', 'published']).nullable(),
  location: z.string().nullable(),
  organizerIds: z.array(z.string().min(1)),
  participants: z.array(participantSchema),
  referenced: z.boolean(),
  /** The sentence that reports (or refers to) the event. */
  evidence: evidenceSchema,
  /** Per-fact evidence: where the title, date and place are stated, and each organizer. */
  titleEvidence: evidenceSchema.nullable().optional(),
  dateEvidence: evidenceSchema.nullable().optional(),
  locationEvidence: evidenceSchema.nullable().optional(),
  organizers: z.array(organizerSchema).optional(),
});
export type ExplorerEvent = z.infer<typeof eventSchema>;

export const documentSchema = z.object({
  id: z.string().min(1),
  /** Path of the source relative to the input folder. */
  file: z.string().min(1),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  personIds: z.array(z.string()),
  organizationIds: z.array(z.string()),
  eventIds: z.array(z.string()),
  /** Where the cleaned text lives, relative to the data folder (`texts/<id>.txt`). */
  textPath: z.string().min(1),
  /** Length of the cleaned text, so evidence can be checked without loading it. */
  textLength: z.number().int().nonnegative(),
});
export type ExplorerDocument = z.infer<typeof documentSchema>;

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Every place the person is named in a document (participant or merely mentioned). */
  mentions: z.array(evidenceSchema).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const organizationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** A country stands as an affiliation too ("the Kazakh Ambassador"). */
  kind: z.enum(['organization', 'country']).optional(),
  mentions: z.array(evidenceSchema).optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

/** The files ingest writes into the output folder and the schema of one record of each. */
export const DATA_FILES = {
  documents: { file: 'documents.json', schema: documentSchema },
  events: { file: 'events.json', schema: eventSchema },
  people: { file: 'people.json', schema: personSchema },
  organizations: { file: 'organizations.json', schema: organizationSchema },
} as const;
export type DataFileKey = keyof typeof DATA_FILES;
