export { chineseName, givenNameCharacters, pinyinOf, surnames } from './chinese-names.ts';
export { demoRoutes } from './demo.routes.ts';
export { type DemoSummary, demoLimits } from './demo.schema.ts';
export { loadDemoData } from './demo.service.ts';
export { Random } from './random.ts';
