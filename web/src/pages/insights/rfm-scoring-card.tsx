import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RfmCutPoints, type RfmScoreName, rfmScoreNames } from '../../../../src/shared/rfm-scoring.ts';
import type { AnalysisRun } from '../../api/analytics.types.ts';
import { type ScoreRange, scoreRanges, useRfmValue } from './rfm-ranges.ts';
import { RfmScoringDrawer } from './rfm-scoring-drawer.tsx';
import { useMayRunAnalysis } from './run-analysis-button.tsx';

/** The values that get one score, e.g. "31–90" days; "none" in warning colours when two cut points are equal. */
function RangeText({ name, range }: { name: RfmScoreName; range: ScoreRange }) {
  const { t } = useTranslation();
  const value = useRfmValue();
  if (range.empty)
    return (
      <Tooltip title={t('rfmScoring.emptyHint')}>
        <Typography.Text type="warning">{t('rfmScoring.empty')}</Typography.Text>
      </Tooltip>
    );
  const [from, to] = [range.from, range.to].map((v) => (v === null ? '' : value(name, v)));
  if (range.from !== null && range.from === range.to) return <>{from}</>;
  if (range.from === null) return <>{t('rfmScoring.range.upTo', { to })}</>;
  if (range.to === null)
    return <>{t(name === 'monetary' ? 'rfmScoring.range.above' : 'rfmScoring.range.from', { from })}</>;
  return <>{t('rfmScoring.range.between', { from, to })}</>;
}

interface Row {
  name: RfmScoreName;
  scoring: RfmCutPoints | undefined;
}

/** 评分方式: for the shown analysis, how each of R, F, M was scored and the values behind each score. */
export function RfmScoringCard({ run }: { run: AnalysisRun }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const mayChange = useMayRunAnalysis();
  const rows: Row[] = rfmScoreNames.map((name) => ({ name, scoring: run.rfmCutPoints?.[name] }));
  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('rfmScoring.score'),
      fixed: 'left',
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{t(`rfmScoring.names.${row.name}`)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`rfmScoring.units.${row.name}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'method',
      title: '',
      render: (_, row) =>
        row.scoring && (
          <Tooltip title={t(`rfmScoring.methodHints.${row.scoring.method}`)}>
            <Tag color={row.scoring.method === 'fixed' ? 'blue' : 'default'} data-testid={`rfm-method-${row.name}`}>
              {t(`rfmScoring.methods.${row.scoring.method}`)}
            </Tag>
          </Tooltip>
        ),
    },
    ...[1, 2, 3, 4, 5].map((score) => ({
      key: `score-${score}`,
      title: String(score),
      align: 'center' as const,
      render: (_: unknown, row: Row) => {
        const cuts = row.scoring?.cutPoints;
        const range = cuts && scoreRanges(row.name, cuts).find((r) => r.score === score);
        return range ? <RangeText name={row.name} range={range} /> : '–';
      },
    })),
  ];
  return (
    <Card
      size="small"
      title={t('rfmScoring.title')}
      extra={
        <Button
          size="small"
          icon={<SettingOutlined />}
          onClick={() => setOpen(true)}
          data-testid="rfm-scoring-settings"
        >
          {t('rfmScoring.settings')}
        </Button>
      }
      data-testid="card-rfm-scoring"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {run.rfmCutPoints ? t('rfmScoring.hint') : t('rfmScoring.notRecorded')}
        </Typography.Text>
        {run.rfmCutPoints && (
          <Table<Row>
            size="small"
            rowKey="name"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="rfm-cut-points"
          />
        )}
      </Flex>
      <RfmScoringDrawer open={open} onClose={() => setOpen(false)} editable={mayChange} />
    </Card>
  );
}
