import { ExperimentOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsKeys } from '../../api/analytics.api.ts';
import { customerKeys } from '../../api/customers.api.ts';
import { demoApi } from '../../api/demo.api.ts';
import { DemoDataModal } from '../setup/demo-data-modal.tsx';

/** 载入演示公司: from an empty Insights page (administrators, empty database); its analysis follows by itself. */
export function LoadDemoButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const load = useMutation({ mutationFn: () => demoApi.load() });
  const close = () => {
    setOpen(false);
    void queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
    void queryClient.invalidateQueries({ queryKey: customerKeys.all });
  };
  return (
    <>
      <Button
        icon={<ExperimentOutlined />}
        onClick={() => {
          setOpen(true);
          load.mutate();
        }}
        data-testid="insights-load-demo"
      >
        {t('analysisState.loadDemo')}
      </Button>
      <DemoDataModal open={open} loading={load.isPending} result={load.data} error={load.error} onEnter={close} />
    </>
  );
}
