/**
 * Extra files for the app, derived from the corpus: `timeline.json`, the timeline's first screen
 * with names pre-joined (see src/lib/data/timelineView.ts), so the app shows events before it has
 * loaded and validated the full data.
 */
import { buildTimelineView, TIMELINE_VIEW_FILE } from '../lib/data/timelineView';
import type { Corpus } from '../model/corpus';

export function buildViewArtifacts(corpus: Corpus): Record<string, string> {
  return { [TIMELINE_VIEW_FILE]: JSON.stringify(buildTimelineView(corpus)) };
}
