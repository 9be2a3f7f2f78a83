import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { router } from './router';
import { timelineViewQuery } from '../lib/data/useExplorerData';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// The timeline's first screen is fetched while the app renders, not after its chunk has loaded.
if (typeof window !== 'undefined' && window.location.pathname === import.meta.env.BASE_URL) void queryClient.prefetchQuery(timelineViewQuery);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
