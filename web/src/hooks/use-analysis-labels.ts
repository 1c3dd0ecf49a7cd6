import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbcClass, Segment } from '../api/analytics.types.ts';
import type { LoyaltyStage, ValueQuadrant, WatchList } from '../api/domain.types.ts';

const pyramidNames = ['value', 'potential'] as const;

/** Translated names of the analyses' values (segments, classes, stages, quadrants, watch-lists). */
export function useAnalysisLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      segment: (value: Segment) => t(`analysis.segment.${value}`, { defaultValue: value }),
      stage: (value: LoyaltyStage) => t(`analysis.stage.${value}`, { defaultValue: value }),
      abcClass: (value: AbcClass) => t(`analysis.abcClass.${value}`, { defaultValue: value }),
      quadrant: (value: ValueQuadrant) => t(`analysis.quadrant.${value}`, { defaultValue: value }),
      watch: (value: WatchList) => t(`analysis.watch.${value}`),
      /** The two pyramids that ship by default have names in both languages; others keep their own. */
      pyramid: (name: string) =>
        (pyramidNames as readonly string[]).includes(name)
          ? t(`insights.pyramid.names.${name as (typeof pyramidNames)[number]}`)
          : name,
    }),
    [t],
  );
}

/** Colours that say "good", "watch" or "act" the same way in every picture. */
export const segmentColors: Record<Segment, string> = {
  champions: '#237804',
  loyal: '#389e0d',
  potential_loyalist: '#73d13d',
  new: '#08979c',
  promising: '#36cfc9',
  need_attention: '#d4b106',
  about_to_sleep: '#fa8c16',
  at_risk: '#d4380d',
  cant_lose_them: '#a8071a',
  hibernating: '#8c8c8c',
  prospect: '#bfbfbf',
};

export const stageColors: Record<LoyaltyStage, string> = {
  prospect: '#d3adf7',
  first_time: '#b37feb',
  repeat: '#9254de',
  client: '#722ed1',
  advocate: '#c41d7f',
  dormant: '#fa8c16',
  lost: '#8c8c8c',
};

export const classColors: Record<AbcClass, string> = { A: '#c41d7f', B: '#f759ab', C: '#ffadd2', D: '#d9d9d9' };

/** The same meaning in antd's preset tag colours (light background, dark text: readable everywhere). */
export const segmentTagColors: Record<Segment, string> = {
  champions: 'green',
  loyal: 'green',
  potential_loyalist: 'lime',
  new: 'cyan',
  promising: 'cyan',
  need_attention: 'gold',
  about_to_sleep: 'orange',
  at_risk: 'volcano',
  cant_lose_them: 'red',
  hibernating: 'default',
  prospect: 'default',
};

export const stageTagColors: Record<LoyaltyStage, string> = {
  prospect: 'default',
  first_time: 'purple',
  repeat: 'purple',
  client: 'magenta',
  advocate: 'magenta',
  dormant: 'orange',
  lost: 'default',
};

export const classTagColors: Record<AbcClass, string> = { A: 'magenta', B: 'pink', C: 'default', D: 'default' };
