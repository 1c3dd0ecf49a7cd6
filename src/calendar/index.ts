export { calendarFeedRoutes, calendarFileRoutes } from './calendar-feeds.routes.ts';
