import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary } from '../../api/analytics.types.ts';
import { type ChartOption, EChart } from '../../components/echart.tsx';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { useOpenCustomers } from './customers-link.ts';

type Pyramid = AnalysisSummary['pyramids'][number];

interface Layer {
  /** The layer's width (its tier): the top tier narrowest, so the picture is a pyramid whatever the counts. */
  value: number;
  name: string;
  tier: number;
  customers: number;
  revenue: string;
  itemStyle: { color: string };
}

const tierColors = ['#9e1068', '#c41d7f', '#f759ab', '#ffadd2', '#ffd6e7', '#fff0f6', '#fff0f6'];

/**
 * One value pyramid (客户价值金字塔), tier 1 at the top: layers of equal height, labelled with their
 * share, customers and revenue. A click opens the tier's customers.
 */
export function PyramidChart({ pyramid, shares }: { pyramid: Pyramid; shares: number[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useSummedMoney();
  const isPhone = useIsPhone();
  const open = useOpenCustomers();
  const label = useAnalysisLabels();

  const option = useMemo<ChartOption>(() => {
    const tiers = [...pyramid.tiers].sort((a, b) => a.tier - b.tier);
    const count = Math.max(tiers.length, shares?.length ?? 0);
    const layers: Layer[] = tiers.map((tier) => {
      const share = shares?.[tier.tier - 1];
      const shareText =
        share === undefined
          ? ''
          : ` · ${t(tier.tier === 1 ? 'insights.pyramid.top' : 'insights.pyramid.next', { share: format.percent(share) })}`;
      return {
        value: tier.tier,
        name: `${t('insights.pyramid.tier', { tier: tier.tier })}${shareText}`,
        tier: tier.tier,
        customers: tier.customers,
        revenue: tier.revenue,
        itemStyle: { color: tierColors[tier.tier - 1] ?? '#fff0f6' },
      };
    });
    return {
      tooltip: {
        confine: true,
        formatter: (params) => {
          const layer = (params as unknown as { data: Layer }).data;
          return [
            `<b>${layer.name}</b>`,
            t('insights.customers', { count: layer.customers }),
            t('insights.revenue', { amount: money.sum(layer.revenue) }),
          ].join('<br/>');
        },
      },
      series: [
        {
          type: 'funnel',
          sort: 'ascending',
          min: 0,
          max: count,
          minSize: '0%',
          maxSize: '100%',
          left: isPhone ? '46%' : '40%',
          right: 8,
          top: 8,
          bottom: 8,
          gap: 2,
          data: layers,
          label: {
            position: 'left',
            formatter: (params) => {
              const layer = params.data as Layer;
              return `${layer.name}\n${t('insights.customers', { count: layer.customers })} · ${money.compact(layer.revenue)}`;
            },
            lineHeight: 16,
          },
          labelLine: { length: 12 },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        },
      ],
    };
  }, [pyramid, shares, t, format, money, isPhone]);

  return (
    <Flex vertical gap={4}>
      <EChart
        option={option}
        height={Math.max(220, pyramid.tiers.length * 64)}
        label={label.pyramid(pyramid.name)}
        testId="chart-pyramid"
        onClick={(event) => {
          const layer = event.data as Layer | undefined;
          if (layer?.tier) open({ pyramidId: pyramid.id, tier: String(layer.tier) });
        }}
      />
      {pyramid.unranked > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="pyramid-unranked">
          {t('insights.pyramid.unranked', { count: pyramid.unranked })}
        </Typography.Text>
      )}
    </Flex>
  );
}
