import { sql } from 'drizzle-orm';
import { businessTimeZone } from '../config.ts';

/** The start of a calendar day (YYYY-MM-DD) in the business's time zone, as a timestamptz. */
export const dayStart = (day: string) => sql`(${day}::date)::timestamp AT TIME ZONE ${businessTimeZone}`;

/** The start of the day after `day`: the exclusive end of a period that includes `day`. */
export const dayEnd = (day: string) => sql`(${dayStart(day)} + interval '1 day')`;
