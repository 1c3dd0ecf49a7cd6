export { recordAudit } from './audit.repo.ts';
export { auditRoutes } from './audit.routes.ts';
