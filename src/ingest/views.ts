/**
 * Extra files for the app, derived from the corpus: `timeline-head.json` (the newest events, the
 * first screen) and `timeline.json` (every event), with names pre-joined (see
 * src/lib/data/timelineView.ts), so the app shows events before it has loaded and validated the
 * full data.
 */
import { buildTimelineFiles, TIMELINE_HEAD_FILE, TIMELINE_VIEW_FILE } from '../lib/data/timelineView';
import type { Corpus } from '../model/corpus';

export function buildViewArtifacts(corpus: Corpus): Record<string, string> {
  const { full, head } = buildTimelineFiles(corpus);
  return { [TIMELINE_VIEW_FILE]: JSON.stringify(full), [TIMELINE_HEAD_FILE]: JSON.stringify(head) };
}
