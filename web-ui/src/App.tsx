import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppShell } from './shell/AppShell';
import { NotFound } from './shell/NotFound';
import { ViewErrorBoundary } from './shell/ViewErrorBoundary';

// Each view is its own chunk, loaded when its route is opened: the first page carries no chart library.
const PortfolioView = lazy(() => import('./views/PortfolioView'));
const WaveComparisonView = lazy(() => import('./views/WaveComparisonView'));
const SitePlanView = lazy(() => import('./views/plan/SitePlanView'));
const CutoverView = lazy(() => import('./views/cutover/CutoverView'));
const ResourcesView = lazy(() => import('./views/resources/ResourcesView'));
const BudgetIndex = lazy(() => import('./views/budget/BudgetIndex'));
const BudgetView = lazy(() => import('./views/budget/BudgetView'));
const ReadinessIndex = lazy(() => import('./views/readiness/ReadinessIndex'));
const ReadinessView = lazy(() => import('./views/readiness/ReadinessView'));
const StakeholdersIndex = lazy(() => import('./views/stakeholders/StakeholdersIndex'));
const StakeholdersView = lazy(() => import('./views/stakeholders/StakeholdersView'));
const AuditView = lazy(() => import('./views/audit/AuditView'));

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
  });
}

export function App({ client = newQueryClient() }: { client?: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <AppShell>
          <Views />
        </AppShell>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

function Views() {
  const location = useLocation();
  return (
    <ViewErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Routes>
          <Route path="/" element={<Navigate to="/portfolio" replace />} />
          <Route path="/portfolio" element={<PortfolioView />} />
          <Route path="/waves" element={<WaveComparisonView />} />
          <Route path="/rollouts/:id/plan" element={<SitePlanView />} />
          <Route path="/rollouts/:id/cutover" element={<CutoverView />} />
          <Route path="/resources" element={<ResourcesView />} />
          <Route path="/budget" element={<BudgetIndex />} />
          <Route path="/rollouts/:id/budget" element={<BudgetView />} />
          <Route path="/readiness" element={<ReadinessIndex />} />
          <Route path="/rollouts/:id/readiness" element={<ReadinessView />} />
          <Route path="/stakeholders" element={<StakeholdersIndex />} />
          <Route path="/rollouts/:id/stakeholders" element={<StakeholdersView />} />
          <Route path="/audit" element={<AuditView />} />
          <Route path="/rollouts/:id/audit" element={<AuditView />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </ViewErrorBoundary>
  );
}
