import { z } from 'zod';
import { type TimelineKind, timelineKinds } from '../shared/domain.ts';
import { page, pageQuery } from '../shared/schema-parts.ts';

export const timelineQuery = z.object({
  /** Comma-separated kinds to show; all when left out. */
  kinds: z
    .string()
    .transform((value) => value.split(',').map((kind) => kind.trim()))
    .refine(
      (kinds) => kinds.every((kind) => (timelineKinds as readonly string[]).includes(kind)),
      `must be kinds from ${timelineKinds.join(', ')}`,
    )
    .transform((kinds) => kinds as TimelineKind[])
    .optional(),
  ...pageQuery,
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const timelineEntrySchema = z
  .object({
    kind: z.enum(timelineKinds),
    id: z.string(),
    at: z.date(),
    /** What the entry says, by kind (see docs/timeline.md). */
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'TimelineEntry' });
export const timelinePage = page(timelineEntrySchema);
