export { interactionsRoutes } from './interactions.routes.ts';
export { type InteractionFields, interactionFields } from './interactions.schema.ts';
export { logInteraction } from './interactions.service.ts';
