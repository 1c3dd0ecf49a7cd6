import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, InputNumber, Segmented, Skeleton, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cutPointDecimals,
  type RfmScoreName,
  type RfmScoreSetting,
  type RfmScoringMethod,
  type RfmScoringSettings,
  rfmScoreNames,
  rfmScoringMethods,
} from '../../../../src/shared/rfm-scoring.ts';
import { analysisSettingsApi, analysisSettingsKey, useAnalysisSettings } from '../../api/analysis-settings.api.ts';
import { useAnalysisRuns } from '../../api/analytics.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { strictlyAscending, useRfmValue } from './rfm-ranges.ts';

interface Draft {
  method: RfmScoringMethod;
  cuts: (number | null)[];
}
type Drafts = Record<RfmScoreName, Draft>;

const draftOf = (setting: RfmScoreSetting): Draft => ({
  method: setting.method,
  cuts: setting.cutPoints ? [...setting.cutPoints] : [null, null, null, null],
});

/** What is wrong with fixed cut points, as an i18n key and its values; null when they are fine. */
function problemOf(name: RfmScoreName, cuts: (number | null)[]): [string, Record<string, number>?] | null {
  if (cuts.some((cut) => cut === null)) return ['missing'];
  const values = cuts as number[];
  const scale = 10 ** cutPointDecimals[name];
  if (values.some((cut) => Math.abs(Math.round(cut * scale) - cut * scale) > 1e-6))
    return [name === 'monetary' ? 'cents' : 'whole'];
  const least = name === 'frequency' ? 1 : 0;
  if (values.some((cut) => cut < least)) return ['least', { least }];
  return strictlyAscending(values) ? null : ['ascending'];
}

/** 评分设置: per score, quantiles or fixed cut points; the latest run's cut points can be taken as fixed ones. */
export function RfmScoringDrawer({
  open,
  onClose,
  editable,
}: {
  open: boolean;
  onClose: () => void;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const settings = useAnalysisSettings();
  const latest = useAnalysisRuns().data?.[0];
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const { message } = App.useApp();
  const showError = useApiError();
  const queryClient = useQueryClient();
  const value = useRfmValue();

  useEffect(() => {
    if (open && settings.data)
      setDrafts(Object.fromEntries(rfmScoreNames.map((name) => [name, draftOf(settings.data.rfm[name])])) as Drafts);
  }, [open, settings.data]);

  const save = useMutation({
    mutationFn: (rfm: RfmScoringSettings) => analysisSettingsApi.save({ ...settings.data, rfm }),
    onSuccess: (saved) => {
      queryClient.setQueryData(analysisSettingsKey, saved);
      message.success(t('rfmScoring.drawer.saved'));
      onClose();
    },
    onError: (error) => showError(error),
  });

  const change = (name: RfmScoreName, draft: Partial<Draft>) =>
    setDrafts((current) => current && { ...current, [name]: { ...current[name], ...draft } });
  const problems = drafts
    ? Object.fromEntries(
        rfmScoreNames.map((name) => [
          name,
          drafts[name].method === 'fixed' ? problemOf(name, drafts[name].cuts) : null,
        ]),
      )
    : {};
  const submit = () => {
    if (!drafts) return;
    save.mutate(
      Object.fromEntries(
        rfmScoreNames.map((name) => {
          const { method, cuts } = drafts[name];
          return [name, method === 'fixed' ? { method, cutPoints: cuts as number[] } : { method }];
        }),
      ) as RfmScoringSettings,
    );
  };

  let body: ReactNode;
  if (settings.isError) body = <LoadErrorResult error={settings.error} onRetry={() => void settings.refetch()} />;
  else if (!drafts) body = <Skeleton active />;
  else
    body = (
      <Flex vertical gap={20}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('rfmScoring.drawer.intro')}
        </Typography.Paragraph>
        {!editable && <Alert type="info" showIcon title={t('rfmScoring.drawer.readOnly')} />}
        {rfmScoreNames.map((name) => {
          const draft = drafts[name];
          const used = latest?.rfmCutPoints?.[name]?.cutPoints;
          const problem = problems[name];
          return (
            <Flex vertical gap={8} key={name} data-testid={`rfm-setting-${name}`}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t(`rfmScoring.names.${name}`)}
                <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginInlineStart: 8 }}>
                  {t(`rfmScoring.units.${name}`)}
                </Typography.Text>
              </Typography.Title>
              <Segmented<RfmScoringMethod>
                aria-label={t('rfmScoring.methodLabel', { name: t(`rfmScoring.names.${name}`) })}
                value={draft.method}
                disabled={!editable}
                onChange={(method) => change(name, { method })}
                options={rfmScoringMethods.map((method) => ({
                  value: method,
                  label: t(`rfmScoring.methods.${method}`),
                }))}
                data-testid={`rfm-method-switch-${name}`}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`rfmScoring.methodHints.${draft.method}`)}
              </Typography.Text>
              {used && latest && (
                <Flex gap={8} align="center" wrap>
                  <Typography.Text data-testid={`rfm-latest-${name}`}>
                    {t('rfmScoring.drawer.latest', {
                      asOf: latest.asOf,
                      cuts: used.map((cut) => value(name, cut)).join(' · '),
                    })}
                  </Typography.Text>
                  {editable &&
                    latest.rfmCutPoints?.[name].method === 'quantiles' &&
                    (strictlyAscending(used) ? (
                      <Button
                        size="small"
                        onClick={() => change(name, { method: 'fixed', cuts: [...used] })}
                        data-testid={`rfm-adopt-${name}`}
                      >
                        {t('rfmScoring.drawer.adopt')}
                      </Button>
                    ) : (
                      <Typography.Text type="warning" style={{ fontSize: 12 }}>
                        {t('rfmScoring.drawer.adoptRepeats')}
                      </Typography.Text>
                    ))}
                </Flex>
              )}
              {draft.method === 'fixed' && (
                <Flex vertical gap={4}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('rfmScoring.drawer.cutPointsHint', { example: t(`rfmScoring.drawer.examples.${name}`) })}
                  </Typography.Text>
                  <Flex gap={8} wrap>
                    {draft.cuts.map((cut, i) => (
                      <InputNumber
                        // biome-ignore lint/suspicious/noArrayIndexKey: the four cut points are positions
                        key={i}
                        aria-label={t('rfmScoring.drawer.cutPoint', { position: i + 1 })}
                        value={cut}
                        min={0}
                        precision={cutPointDecimals[name]}
                        disabled={!editable}
                        status={problem ? 'error' : undefined}
                        onChange={(next) =>
                          change(name, { cuts: draft.cuts.map((old, k) => (k === i ? (next ?? null) : old)) })
                        }
                        style={{ width: isPhone ? 'calc(50% - 4px)' : 110 }}
                        data-testid={`rfm-cut-${name}-${i + 1}`}
                      />
                    ))}
                  </Flex>
                  {problem && (
                    <Typography.Text type="danger" data-testid={`rfm-problem-${name}`}>
                      {t(`rfmScoring.drawer.invalid.${problem[0]}` as 'rfmScoring.drawer.invalid.missing', problem[1])}
                    </Typography.Text>
                  )}
                </Flex>
              )}
            </Flex>
          );
        })}
      </Flex>
    );

  return (
    <Drawer
      title={t('rfmScoring.settings')}
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      extra={
        editable && (
          <Button
            type="primary"
            loading={save.isPending}
            disabled={!drafts || Object.values(problems).some(Boolean)}
            onClick={submit}
            data-testid="rfm-scoring-save"
          >
            {t('rfmScoring.drawer.save')}
          </Button>
        )
      }
      data-testid="rfm-scoring-drawer"
    >
      {body}
    </Drawer>
  );
}
