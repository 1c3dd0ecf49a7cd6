export { analyticsRoutes } from './analytics.routes.ts';
export { runAnalysis, runSummary } from './analytics.service.ts';
export { startDailyAnalysis } from './daily-run.ts';
