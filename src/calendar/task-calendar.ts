import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { titleFor } from '../contact-rules/built-in-rules.ts';
import type { RuleTitleParams } from '../db/schema/index.ts';
import { appLink } from '../notifications/index.ts';
import type { TaskPriority } from '../shared/domain.ts';
import { inLanguage, type Language, type Text, text } from '../shared/language.ts';

/** A task as the calendar feed shows it. */
export interface CalendarTask {
  id: string;
  title: string;
  titleKey: string | null;
  titleParams: RuleTitleParams | null;
  notes: string | null;
  dueAt: Date;
  priority: TaskPriority;
  customerId: string | null;
  customerName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** iCalendar PRIORITY: 1 is the highest, 9 the lowest, 5 the middle. */
const priorityLabels: Record<TaskPriority, Text> = {
  urgent: text('urgent', '紧急'),
  high: text('high', '高'),
  normal: text('normal', '普通'),
  low: text('low', '低'),
};

const icalPriority: Record<TaskPriority, number> = { urgent: 1, high: 3, normal: 5, low: 9 };

/** How long a task's event lasts from its due time: long enough to see, short enough not to block a day. */
const eventMinutes = 30;

/** Calendar apps fetch a subscribed feed again after this long (when they honour the hint). */
const refreshSeconds = 60 * 60;

/**
 * A user's open tasks as an iCalendar feed: one event per task at its due time, with a UID that
 * stays the same for the task, so a calendar app moves the event when the due time changes and
 * drops it when the task is done or cancelled (finished tasks are left out of the feed). Written in
 * the owner's language (their account's, else the calendar app's Accept-Language).
 */
export function tasksCalendar(options: {
  userName: string;
  tasks: CalendarTask[];
  publicUrl?: string;
  language: Language;
}): string {
  const { language } = options;
  const say = (value: Text) => inLanguage(value, language);
  const calendar = ical({
    name: `${say(text('Guanxi', '关系'))} · ${options.userName}`,
    description: say(text('Open tasks from Guanxi', '关系中未完成的任务')),
    prodId: { company: 'Guanxi', product: 'tasks', language: language === 'zh-CN' ? 'ZH' : 'EN' },
    ttl: refreshSeconds,
  });
  for (const task of options.tasks) {
    const link = appLink(options.publicUrl, task.customerId);
    const title = titleFor(task, language);
    calendar.createEvent({
      id: `task-${task.id}@guanxi`,
      summary: task.customerName ? `${title} · ${task.customerName}` : title,
      start: task.dueAt,
      end: new Date(task.dueAt.getTime() + eventMinutes * 60_000),
      description: [
        task.customerName ? `${say(text('Customer', '客户'))}: ${task.customerName}` : null,
        `${say(text('Priority', '优先级'))}: ${say(priorityLabels[task.priority])}`,
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
