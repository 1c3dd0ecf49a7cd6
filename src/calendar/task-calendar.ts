import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { appLink } from '../notifications/index.ts';
import type { TaskPriority } from '../shared/domain.ts';

/** A task as the calendar feed shows it. */
export interface CalendarTask {
  id: string;
  title: string;
  notes: string | null;
  dueAt: Date;
  priority: TaskPriority;
  customerId: string | null;
  customerName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** iCalendar PRIORITY: 1 is the highest, 9 the lowest, 5 the middle. */
const icalPriority: Record<TaskPriority, number> = { urgent: 1, high: 3, normal: 5, low: 9 };

/** How long a task's event lasts from its due time: long enough to see, short enough not to block a day. */
const eventMinutes = 30;

/** Calendar apps fetch a subscribed feed again after this long (when they honour the hint). */
const refreshSeconds = 60 * 60;

/**
 * A user's open tasks as an iCalendar feed: one event per task at its due time, with a UID that
 * stays the same for the task, so a calendar app moves the event when the due time changes and
 * drops it when the task is done or cancelled (finished tasks are left out of the feed).
 */
export function tasksCalendar(options: { userName: string; tasks: CalendarTask[]; publicUrl?: string }): string {
  const calendar = ical({
    name: `Guanxi 关系 · ${options.userName}`,
    description: 'Open tasks from Guanxi (关系)',
    prodId: { company: 'Guanxi', product: 'tasks', language: 'EN' },
    ttl: refreshSeconds,
  });
  for (const task of options.tasks) {
    const link = appLink(options.publicUrl, task.customerId);
    calendar.createEvent({
      id: `task-${task.id}@guanxi`,
      summary: task.customerName ? `${task.title} · ${task.customerName}` : task.title,
      start: task.dueAt,
      end: new Date(task.dueAt.getTime() + eventMinutes * 60_000),
      description: [
        task.customerName ? `客户 Customer: ${task.customerName}` : null,
        `优先级 Priority: ${task.priority}`,
        task.notes,
        link,
      ]
        .filter(Boolean)
        .join('\n\n'),
      url: link ?? null,
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      priority: icalPriority[task.priority],
      created: task.createdAt,
      lastModified: task.updatedAt,
      stamp: task.updatedAt,
    });
  }
  return calendar.toString();
}
