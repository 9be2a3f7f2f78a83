import { describe, expect, it } from 'vitest';
import { ingestDir } from '../pipeline';
import { listDocuments } from '../read';

const dir = 'data/documents';
const { corpus } = ingestDir(dir, listDocuments(dir));
const slice = (e: { documentId: string; start: number; end: number }) => corpus.texts[e.documentId]!.slice(e.start, e.end);

describe('evidence on the seed reports', () => {
  const participations = corpus.events.flatMap((e) => e.participants.map((p) => ({ event: e, p })));

  it('points every participant at a span that names the person', () => {
    expect(participations.length).toBeGreaterThanOrEqual(10);
    for (const { p } of participations) {
      const person = corpus.people.find((x) => x.id === p.personId)!;
      const surname = person.name.split(' ').at(-1)!;
      expect(slice(p.evidence)).toContain(surname);
    }
  });

  it('points every stated role at a span with the title words and the name', () => {
    for (const { p } of participations.filter(({ p }) => p.role)) {
      const person = corpus.people.find((x) => x.id === p.personId)!;
      const text = slice(p.roleEvidence ?? p.evidence);
      const firstRoleWord = p.role!.split(/[\s,]+/)[0]!;
      expect(text, `${person.name}: ${p.role}`).toContain(firstRoleWord);
      expect(text).toContain(person.name.split(' ').at(-1)!);
    }
  });

  it('gives evidence inside the text for dates, places, titles and organizers', () => {
    for (const event of corpus.events) {
      const spans = [event.evidence, event.titleEvidence, event.dateEvidence, event.locationEvidence, ...(event.organizers ?? []).map((o) => o.evidence)];
      for (const span of spans) {
        if (!span) continue;
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(corpus.texts[span.documentId]!.length);
      }
      if (event.location && event.locationEvidence) expect(slice(event.locationEvidence)).toContain(event.location);
    }
  });
});
