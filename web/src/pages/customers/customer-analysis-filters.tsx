import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useValuePyramids } from '../../api/analytics.api.ts';
import type { CustomerFilter } from '../../api/customers.api.ts';
import { watchLists } from '../../api/domain.types.ts';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';

interface CustomerAnalysisFiltersProps {
  filter: CustomerFilter;
  onChange: (patch: Partial<CustomerFilter>) => void;
}

/**
 * The watch-lists as quick filters, and the filters that came from Insights (segment, class, stage,
 * quadrant, pyramid tier) as tags that remove themselves.
 */
export function CustomerAnalysisFilters({ filter, onChange }: CustomerAnalysisFiltersProps) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const pyramids = useValuePyramids();

  const tags: { key: string; text: string; clear: Partial<CustomerFilter> }[] = [];
  if (filter.segment)
    tags.push({
      key: 'segment',
      text: `${t('analysis.filter.segment')}: ${label.segment(filter.segment)}`,
      clear: { segment: undefined },
    });
  if (filter.abcClass)
    tags.push({
      key: 'abcClass',
      text: `${t('analysis.filter.abcClass')}: ${label.abcClass(filter.abcClass)}`,
      clear: { abcClass: undefined },
    });
  if (filter.stage)
    tags.push({
      key: 'stage',
      text: `${t('analysis.filter.stage')}: ${label.stage(filter.stage)}`,
      clear: { stage: undefined },
    });
  if (filter.quadrant)
    tags.push({
      key: 'quadrant',
      text: `${t('analysis.filter.quadrant')}: ${label.quadrant(filter.quadrant)}`,
      clear: { quadrant: undefined },
    });
  if (filter.pyramidId && filter.tier) {
    const name = pyramids.data?.find((pyramid) => pyramid.id === filter.pyramidId)?.name;
    tags.push({
      key: 'pyramid',
      text: `${name ? label.pyramid(name) : t('analysis.filter.pyramidId')}: ${t('insights.pyramid.tier', { tier: filter.tier })}`,
      clear: { pyramidId: undefined, tier: undefined },
    });
  }

  return (
    <Flex vertical gap={6}>
      <Flex align="center" gap={4} wrap data-testid="watch-filters">
        <Typography.Text type="secondary">{t('analysis.filter.watchTitle')}</Typography.Text>
        {watchLists.map((watch) => (
          <Tag.CheckableTag
            key={watch}
            checked={filter.watch === watch}
            onChange={(checked) => onChange({ watch: checked ? watch : undefined })}
            data-testid={`watch-${watch}`}
          >
            {label.watch(watch)}
          </Tag.CheckableTag>
        ))}
      </Flex>
      {tags.length > 0 && (
        <Flex align="center" gap={4} wrap data-testid="analysis-filter-tags">
          {tags.map((tag) => (
            <Tag
              key={tag.key}
              color="magenta"
              closable
              closeIcon
              onClose={() => onChange(tag.clear)}
              data-testid={`analysis-tag-${tag.key}`}
            >
              {tag.text}
            </Tag>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('analysis.filter.latestRun')}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
