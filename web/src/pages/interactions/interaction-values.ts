import type { Dayjs } from 'dayjs';
import type { InteractionInput } from '../../api/contact.types.ts';
import type {
  InteractionContent,
  InteractionDirection,
  InteractionMedium,
  InteractionMethod,
  InteractionOutcome,
} from '../../api/domain.types.ts';

/** What the interaction form holds. */
export interface InteractionFormValues {
  medium: InteractionMedium;
  direction: InteractionDirection;
  outcome?: InteractionOutcome | null;
  note?: string | null;
  nextStep?: string | null;
  content: InteractionContent;
  method: InteractionMethod;
  occurredAt?: Dayjs | null;
  durationMinutes?: number | null;
  cost?: string | null;
  contactIds?: string[];
}

export const interactionDefaults: InteractionFormValues = {
  medium: 'phone',
  direction: 'outbound',
  content: 'business',
  method: 'direct',
  contactIds: [],
};

const text = (value: string | null | undefined) => value?.trim() || undefined;

/** The form's values as the API takes them; empty fields are left out (the server's defaults apply). */
export function toInteractionInput(values: InteractionFormValues): InteractionInput {
  return {
    medium: values.medium,
    direction: values.direction,
    content: values.content,
    method: values.method,
    outcome: values.outcome ?? undefined,
    note: text(values.note),
    nextStep: text(values.nextStep),
    occurredAt: values.occurredAt ? values.occurredAt.format() : undefined,
    durationMinutes: values.durationMinutes ?? undefined,
    cost: text(values.cost),
    contactIds: values.contactIds?.length ? values.contactIds : undefined,
  };
}
