export { calendarFeedRoutes, calendarFileRoutes, redactFeedSecret } from './calendar-feeds.routes.ts';
