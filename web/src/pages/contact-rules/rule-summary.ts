import type { TFunction } from 'i18next';
import type { Segment } from '../../api/analytics.types.ts';
import type { ContactRule } from '../../api/contact-rules.api.ts';
import type { LoyaltyStage } from '../../api/domain.types.ts';
import type { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';

/** One line saying when a rule fires and what it makes: "No purchase for some days · after 90 days · delay 0 d · task". */
export function ruleSummary(rule: ContactRule, t: TFunction, label: ReturnType<typeof useAnalysisLabels>): string {
  const entered = (value: string | null) =>
    value === null
      ? null
      : rule.trigger === 'entered_segment'
        ? label.segment(value as Segment)
        : label.stage(value as LoyaltyStage);
  return [
    t(`rules.trigger.${rule.trigger}`),
    rule.days != null && t('rules.summary.days', { days: rule.days }),
    rule.enteredValue && `${entered(rule.fromValue) ?? t('rules.anyValue')} → ${entered(rule.enteredValue)}`,
    t('rules.summary.delay', { days: rule.delayDays }),
    t('rules.summary.horizon', { days: rule.horizonDays }),
    rule.createTask && t('rules.summary.task'),
    rule.notify && t('rules.summary.notify'),
  ]
    .filter(Boolean)
    .join(' · ');
}
