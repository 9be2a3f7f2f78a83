import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { buildExplorerData } from './explorerData';
import { loadDocumentText, loadRawData } from './loadData';

const explorerDataQuery = {
  queryKey: ['explorer-data'],
  queryFn: async () => buildExplorerData(await loadRawData()),
  staleTime: Infinity,
  retry: false,
} as const;

/** The validated, indexed data. Suspends while loading; errors reach the nearest error boundary. */
export function useExplorerData() {
  return useSuspenseQuery(explorerDataQuery).data;
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
