import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SkippedRecord } from '../../model/parse';
import { buildExplorerData, buildExplorerDataInSteps, timelineOf, type ExplorerData } from './explorerData';
import { dataLoad, dataUrl, hurryDataLoad, loadDocumentText } from './loadData';
import { parseTimelineView, TIMELINE_HEAD_FILE, TIMELINE_VIEW_FILE, type TimelineView } from './timelineView';
import { usePaintedValue } from '../ui/usePaintedValue';

const EXPLORER_DATA_KEY = ['explorer-data'] as const;

/** The full data, validated and indexed, as fast as it can come. */
export const explorerDataQuery = {
  queryKey: EXPLORER_DATA_KEY,
  queryFn: async (): Promise<ExplorerData> => {
    const load = dataLoad();
    load.hurry();
    return buildExplorerData(await load.data());
  },
  staleTime: Infinity,
  retry: false,
} as const;

/** The same, taken and indexed in idle time: for a page that already shows something. */
const backgroundExplorerDataQuery = {
  ...explorerDataQuery,
  queryFn: async (): Promise<ExplorerData> => {
    const load = dataLoad();
    return buildExplorerDataInSteps(await load.data(), () => load.pause());
  },
} as const;

/** The data files fetched and validated (in a worker): the records that were skipped. */
const dataCheckQuery = {
  queryKey: ['explorer-data-check'],
  queryFn: (): Promise<SkippedRecord[]> => dataLoad().checked,
  staleTime: Infinity,
  retry: false,
} as const;

/** The validated, indexed data. Suspends while loading; errors reach the nearest error boundary. */
export function useExplorerData() {
  const queryClient = useQueryClient();
  // Loading in the background already (the timeline started it)? This page needs it now.
  if (queryClient.getQueryData(EXPLORER_DATA_KEY) === undefined) hurryDataLoad();
  return useSuspenseQuery(explorerDataQuery).data;
}

/** Quiet time (no scrolling or typing) before the data is validated, and the longest wait. */
const QUIET_MS = 800;
const MAX_WAIT_MS = 6000;

/**
 * True once the first render of the calling component is painted and the user has paused
 * scrolling: validating ~50 MB in a worker takes a core for seconds, which a scroll on a busy
 * two-core machine would feel. Waits at most MAX_WAIT_MS.
 */
function useSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled) return;
    let quiet = 0;
    let deadline = 0;
    const done = () => setSettled(true);
    const restart = () => {
      clearTimeout(quiet);
      quiet = window.setTimeout(done, QUIET_MS);
    };
    const events = ['scroll', 'wheel', 'keydown', 'touchmove'] as const;
    const frame = requestAnimationFrame(() => {
      restart();
      deadline = window.setTimeout(done, MAX_WAIT_MS);
      for (const type of events) window.addEventListener(type, restart, { passive: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(quiet);
      clearTimeout(deadline);
      for (const type of events) window.removeEventListener(type, restart);
    };
  }, [settled]);
  return settled;
}

/**
 * The records skipped while validating the data, or undefined until it is validated. Starts the
 * load after the first paint, once scrolling pauses; errors (a missing or broken file) reach the nearest error boundary.
 */
export function useDataCheck(): SkippedRecord[] | undefined {
  const settled = useSettled();
  // A failure stays in the cache until retried: while disabled, an old one is not thrown again.
  return useQuery({ ...dataCheckQuery, enabled: settled, throwOnError: settled }).data;
}

/** A timeline file (`timeline.json`, `timeline-head.json`), or null when it is missing or unusable. */
async function loadTimelineFile(file: string): Promise<TimelineView | null> {
  try {
    const response = await fetch(dataUrl(file), { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const body = await response.text();
    if (/^\s*</.test(body)) return null;
    return parseTimelineView(JSON.parse(body));
  } catch {
    return null;
  }
}

/** The newest events, for the first screen. */
export const timelineHeadQuery = {
  queryKey: ['timeline-head'],
  queryFn: () => loadTimelineFile(TIMELINE_HEAD_FILE),
  staleTime: Infinity,
  retry: false,
} as const;

/** Every event. */
const timelineViewQuery = {
  queryKey: ['timeline-view'],
  queryFn: () => loadTimelineFile(TIMELINE_VIEW_FILE),
  staleTime: Infinity,
  retry: false,
} as const;

export interface TimelineSource {
  /** The full data, once loaded. */
  data: ExplorerData | undefined;
  /**
   * What the timeline shows: from the full data when loaded, else from `timeline.json`, else
   * from `timeline-head.json` (then `view.head` is set), else null (loading).
   */
  view: TimelineView | null;
}

/**
 * The timeline's data, each file as soon as it helps: the head first (suspends for it only), the
 * whole timeline once the head is painted (at once when `wholeNeeded`: a filtered or re-ordered
 * view cannot be cut from the head), and the full data validated after that and taken in idle
 * time, so it never delays the first events or scrolling.
 */
export function useTimelineSource(wholeNeeded: boolean): TimelineSource {
  const head = useSuspenseQuery(timelineHeadQuery).data;
  const painted = usePaintedValue(true) === true;
  const headIsWhole = head !== null && head.head === null;
  const file = useQuery({ ...timelineViewQuery, enabled: !headIsWhole && (painted || wholeNeeded || head === null) }).data;
  const fileView = headIsWhole ? head : file;
  const skipped = useDataCheck();
  const wanted = skipped !== undefined || fileView === null;
  const data = useQuery({ ...(fileView ? backgroundExplorerDataQuery : explorerDataQuery), enabled: wanted, throwOnError: wanted }).data;
  return { data, view: data ? timelineOf(data, fileView) : (fileView ?? head) };
}

/** A document's cleaned text, loaded on demand (it is large and only the event page needs it). */
export function useDocumentText(textPath: string | undefined) {
  return useQuery({
    queryKey: ['document-text', textPath],
    queryFn: () => loadDocumentText(textPath as string),
    enabled: Boolean(textPath),
    staleTime: Infinity,
  });
}
