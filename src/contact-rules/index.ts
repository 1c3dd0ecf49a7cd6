export { runContactRules } from './rule-runner.ts';
export { contactRulesRoutes } from './rules.routes.ts';
export { runRulesPass } from './rules.service.ts';
export { rulesIntervalSeconds, startRuleRunner } from './scheduler.ts';
