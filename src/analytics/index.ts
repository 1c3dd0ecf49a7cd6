export { requestAnalysis } from './analysis-requests.ts';
export { analyticsRoutes } from './analytics.routes.ts';
export { runAnalysis, runSummary } from './analytics.service.ts';
export {
  analyseInBackground,
  backgroundAnalysesSettled,
  runAnalysisIfDue,
  startAutomaticAnalysis,
} from './daily-run.ts';
