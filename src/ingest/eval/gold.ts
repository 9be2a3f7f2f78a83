/** Gold annotation files (see ../shared/corpus/GOLD-FORMAT.md), validated with zod. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const goldEvent = z.object({
  title: z.string().nullable().optional(),
  type: z.string(),
  date: z.string().nullable().optional(),
  endDate: z.string().nullable().optional(),
  dateExplicit: z.boolean().optional(),
  location: z.string().nullable().optional(),
  organizers: z.array(z.string()).optional(),
});
const goldPerson = z.object({
  name: z.string(),
  role: z.string().nullable().optional(),
  org: z.string().nullable().optional(),
  capacity: z.string().optional(),
  same: z.string().optional(),
});
export const goldSchema = z.object({
  file: z.string(),
  published: z.string().nullable().optional(),
  event: goldEvent.nullable().optional(),
  otherEvents: z.array(goldEvent).optional(),
  participants: z.array(goldPerson).optional(),
  mentioned: z.array(goldPerson).optional(),
  referencedEvents: z
    .array(z.object({ title: z.string().nullable().optional(), date: z.string().nullable().optional(), endDate: z.string().nullable().optional(), location: z.string().nullable().optional() }))
    .optional(),
});
export type Gold = z.infer<typeof goldSchema>;
export type GoldEvent = z.infer<typeof goldEvent>;
export type GoldPerson = z.infer<typeof goldPerson>;

/** All gold files of a folder, sorted by name; invalid ones are reported, not fatal. */
export function loadGoldDir(dir: string): { golds: Gold[]; problems: string[] } {
  const golds: Gold[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const parsed = goldSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (parsed.success) golds.push(parsed.data);
      else problems.push(`${name}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message}`);
    }
  }
  return { golds, problems };
}
