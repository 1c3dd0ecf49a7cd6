import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type InteractionContent,
  type InteractionDirection,
  type InteractionMedium,
  type InteractionMethod,
  type InteractionOutcome,
  interactionContents,
  interactionDirections,
  interactionMedia,
  interactionMethods,
  interactionOutcomes,
  type RuleTrigger,
  ruleTriggers,
  type TaskPriority,
  type TaskStatus,
  taskPriorities,
} from '../api/domain.types.ts';

/** Translated labels of keeping in contact's enumerations: interactions, tasks, rule triggers. */
export function useContactLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      medium: (value: InteractionMedium) => t(`interaction.medium.${value}`),
      direction: (value: InteractionDirection) => t(`interaction.direction.${value}`),
      content: (value: InteractionContent) => t(`interaction.content.${value}`),
      method: (value: InteractionMethod) => t(`interaction.method.${value}`),
      outcome: (value: InteractionOutcome) => t(`interaction.outcome.${value}`),
      priority: (value: TaskPriority) => t(`task.priority.${value}`),
      status: (value: TaskStatus) => t(`task.status.${value}`),
      trigger: (value: RuleTrigger) => t(`rules.trigger.${value}`),
    }),
    [t],
  );
}

/** Select and Radio options for those enumerations. */
export function useContactOptions() {
  const label = useContactLabels();
  return useMemo(
    () => ({
      medium: interactionMedia.map((value) => ({ value, label: label.medium(value) })),
      direction: interactionDirections.map((value) => ({ value, label: label.direction(value) })),
      content: interactionContents.map((value) => ({ value, label: label.content(value) })),
      method: interactionMethods.map((value) => ({ value, label: label.method(value) })),
      outcome: interactionOutcomes.map((value) => ({ value, label: label.outcome(value) })),
      priority: taskPriorities.map((value) => ({ value, label: label.priority(value) })),
      trigger: ruleTriggers.map((value) => ({ value, label: label.trigger(value) })),
    }),
    [label],
  );
}

/** Tag colours of task priorities: the urgent stands out, the low fades. */
export const priorityTagColors: Record<TaskPriority, string> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};
