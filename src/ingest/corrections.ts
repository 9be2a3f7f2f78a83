/**
 * Analyst corrections (data/corrections.json), validated with zod and applied to the linked corpus
 * at every ingest, so they survive re-ingest. Format: see CORRECTIONS.md. A correction that
 * matches nothing (an id no longer produced) is reported as a warning, never silently ignored.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Corpus } from '../model/corpus';
import { isoDate } from '../model/schema';
import type { Message } from './types';

const kind = z.enum(['person', 'organization']);
export const correctionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('rename'), kind, id: z.string().min(1), name: z.string().min(1), note: z.string().optional() }),
  z.object({ op: z.literal('merge'), kind, ids: z.array(z.string().min(1)).min(2), note: z.string().optional() }),
  z.object({
    op: z.literal('split'),
    kind,
    id: z.string().min(1),
    documentIds: z.array(z.string().min(1)).min(1),
    name: z.string().min(1).optional(),
    note: z.string().optional(),
  }),
  z.object({ op: z.literal('setRole'), eventId: z.string().min(1), personId: z.string().min(1), role: z.string().nullable(), note: z.string().optional() }),
  z.object({ op: z.literal('setDate'), eventId: z.string().min(1), date: isoDate.nullable(), endDate: isoDate.nullable().optional(), note: z.string().optional() }),
  z.object({
    op: z.literal('drop'),
    eventId: z.string().min(1),
    personId: z.string().optional(),
    organizationId: z.string().optional(),
    note: z.string().optional(),
  }),
]);
export type Correction = z.infer<typeof correctionSchema>;
export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema) });

function msg(severity: Message['severity'], ruleId: string, message: string, line = 1): Message {
  return { severity, source: 'corrections', ruleId, message, line, column: 1 };
}

export function parseCorrections(data: unknown, path = 'corrections.json'): { corrections: Correction[]; messages: Message[] } {
  const parsed = correctionsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { corrections: [], messages: [msg('error', 'invalid', `${path}: ${issue?.path.join('.')}: ${issue?.message}`)] };
  }
  return { corrections: parsed.data.corrections, messages: [] };
}

export function loadCorrections(path: string): { corrections: Correction[]; messages: Message[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { corrections: [], messages: [] };
    return { corrections: [], messages: [msg('error', 'invalid-json', `${path}: ${(e as Error).message}`)] };
  }
  return parseCorrections(data, path);
}

/** Applies corrections in order; returns the corrected corpus and a warning per unmatched one. */
export function applyCorrections(corpus: Corpus, corrections: Correction[]): { corpus: Corpus; messages: Message[] } {
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Nothing to apply: no copy of the corpus (it can be large), just the sorted lists.
  if (!corrections.length) {
    return { corpus: { ...corpus, people: [...corpus.people].sort(byId), organizations: [...corpus.organizations].sort(byId) }, messages: [] };
  }
  // Corrections never touch the texts: they are shared, not copied.
  const { texts, ...rest } = corpus;
  const c: Corpus = { ...structuredClone(rest), texts };
  const messages: Message[] = [];
  corrections.forEach((corr, i) => {
    const ok = applyOne(c, corr);
    if (!ok) messages.push(msg('warning', 'unmatched', `correction #${i + 1} (${corr.op}) matches nothing: ${describe(corr)}`));
  });
  c.people.sort(byId);
  c.organizations.sort(byId);
  return { corpus: c, messages };
}

function describe(corr: Correction): string {
  const { op: _op, note: _note, ...rest } = corr;
  return JSON.stringify(rest);
}

function replaceId(c: Corpus, kindOf: 'person' | 'organization', from: string, to: string, docs?: Set<string>): void {
  for (const e of c.events) {
    if (docs && !docs.has(e.documentId)) continue;
    if (kindOf === 'person') for (const p of e.participants) if (p.personId === from) p.personId = to;
    if (kindOf === 'organization') {
      e.organizerIds = [...new Set(e.organizerIds.map((x) => (x === from ? to : x)))];
      for (const o of e.organizers ?? []) if (o.organizationId === from) o.organizationId = to;
      for (const p of e.participants) if (p.organizationId === from) p.organizationId = to;
    }
  }
  for (const d of c.documents) {
    if (docs && !docs.has(d.id)) continue;
    const key = kindOf === 'person' ? 'personIds' : 'organizationIds';
    d[key] = [...new Set(d[key].map((x) => (x === from ? to : x)))].sort();
  }
}

function applyOne(c: Corpus, corr: Correction): boolean {
  switch (corr.op) {
    case 'rename': {
      const list = corr.kind === 'person' ? c.people : c.organizations;
      const x = list.find((p) => p.id === corr.id);
      if (!x) return false;
      if (x.name !== corr.name && !x.aliases.includes(x.name)) x.aliases = [...x.aliases, x.name].sort();
      x.name = corr.name;
      x.aliases = x.aliases.filter((a) => a !== corr.name);
      return true;
    }
    case 'merge': {
      const list: { id: string; name: string; aliases: string[]; mentions?: unknown[] }[] = corr.kind === 'person' ? c.people : c.organizations;
      const found = corr.ids.map((id) => list.find((p) => p.id === id));
      if (found.some((x) => !x)) return false;
      const [into, ...rest] = found as (typeof list)[number][];
      for (const r of rest) {
        replaceId(c, corr.kind, r.id, into!.id);
        into!.aliases = [...new Set([...into!.aliases, r.name, ...r.aliases])].filter((a) => a !== into!.name).sort();
        if (into!.mentions && r.mentions) into!.mentions = [...into!.mentions, ...r.mentions];
        list.splice(list.indexOf(r), 1);
      }
      return true;
    }
    case 'split': {
      const list: { id: string; name: string; aliases: string[] }[] = corr.kind === 'person' ? c.people : c.organizations;
      const x = list.find((p) => p.id === corr.id);
      if (!x) return false;
      const docs = new Set(corr.documentIds);
      const newId = `${corr.id}--${corr.documentIds[0]}`;
      list.push({ id: newId, name: corr.name ?? x.name, aliases: [] });
      replaceId(c, corr.kind, corr.id, newId, docs);
      return c.documents.some((d) => docs.has(d.id));
    }
    case 'setRole': {
      const p = c.events.find((e) => e.id === corr.eventId)?.participants.find((q) => q.personId === corr.personId);
      if (!p) return false;
      p.role = corr.role;
      return true;
    }
    case 'setDate': {
      const e = c.events.find((x) => x.id === corr.eventId);
      if (!e) return false;
      e.date = corr.date;
      if (corr.endDate !== undefined) e.endDate = corr.endDate;
      e.dateSource = corr.date ? 'text' : null;
      return true;
    }
    case 'drop': {
      const idx = c.events.findIndex((x) => x.id === corr.eventId);
      const e = c.events[idx];
      if (!e) return false;
      if (corr.personId) {
        const n = e.participants.length;
        e.participants = e.participants.filter((p) => p.personId !== corr.personId);
        return e.participants.length < n;
      }
      if (corr.organizationId) {
        const n = e.organizerIds.length;
        e.organizerIds = e.organizerIds.filter((o) => o !== corr.organizationId);
        e.organizers = (e.organizers ?? []).filter((o) => o.organizationId !== corr.organizationId);
        return e.organizerIds.length < n;
      }
      c.events.splice(idx, 1);
      for (const d of c.documents) d.eventIds = d.eventIds.filter((x) => x !== corr.eventId);
      return true;
    }
  }
}
