export { calendarFeedRoutes, calendarFileRoutes, redactFeedSecret } from './calendar-feeds.routes.ts';
export { revokeUserCalendarFeed } from './calendar-feeds.service.ts';
