import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache: the data files are fetched once and kept (staleTime per query). */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});
