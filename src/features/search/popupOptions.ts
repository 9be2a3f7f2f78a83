/** The header search popup's options: hits in their groups, each with its element id and link. */
import type { SearchResults } from '../../search/format';
import { RESULT_GROUPS, type ResultGroup } from '../../search/groups';
import type { AnyHit } from './HitContent';
import { hitHref } from './links';

/** One option of the popup: a hit (null for "See all results"), its element id and link. */
export interface Option {
  domId: string;
  href: string;
  hit: AnyHit | null;
}

export interface OptionGroup {
  group: ResultGroup;
  options: Option[];
}

/** The popup's options, grouped; built from the results alone (links carry the query they answer). */
export function groupOptions(results: SearchResults, base: string): OptionGroup[] {
  let n = 0;
  const out: OptionGroup[] = [];
  for (const g of RESULT_GROUPS) {
    const hits = results[g] as AnyHit[];
    if (hits.length === 0) continue;
    out.push({ group: g, options: hits.map((hit) => ({ domId: `${base}-opt-${n++}`, href: hitHref(hit, results.query), hit })) });
  }
  return out;
}

/** The first `max` options, in their groups. */
export function firstOptions(groups: OptionGroup[], max: number): OptionGroup[] {
  const out: OptionGroup[] = [];
  let left = max;
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.options.length <= left ? g : { group: g.group, options: g.options.slice(0, left) });
    left -= g.options.length;
  }
  return out;
}
