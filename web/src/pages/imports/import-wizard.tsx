import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { customerKeys } from '../../api/customers.api.ts';
import type { ImportEncoding, ImportErrorMode, ImportPreview } from '../../api/data.types.ts';
import type { DataKind } from '../../api/domain.types.ts';
import { importKeys, importsApi, useImportJob } from '../../api/imports.api.ts';
import { orderKeys } from '../../api/orders.api.ts';
import { productKeys } from '../../api/products.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ImportCheckStep } from './import-check-step.tsx';
import { ImportFileStep } from './import-file-step.tsx';
import { ImportJobView } from './import-job-view.tsx';
import { type ImportMapping, initialMapping, mappingProblems } from './import-mapping.ts';
import { ImportMappingStep } from './import-mapping-step.tsx';
import { ImportPreviewStep } from './import-preview-step.tsx';

const stepKeys = ['file', 'preview', 'mapping', 'check', 'run'] as const;
const listPaths: Record<DataKind, string> = {
  customers: '/customers',
  contacts: '/customers',
  products: '/products',
  orders: '/orders',
};

/** 导入: file → preview → column mapping → dry run → import with live progress. */
export function ImportWizard({ initialKind }: { initialKind: DataKind }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<DataKind>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [onError, setOnError] = useState<ImportErrorMode>('abort');
  const [checkJobId, setCheckJobId] = useState<string | null>(null);
  const [runJobId, setRunJobId] = useState<string | null>(null);
  const checkJob = useImportJob(checkJobId).data;
  const runJob = useImportJob(runJobId).data;

  const loadPreview = useMutation({
    mutationFn: (chosen: ImportEncoding) => importsApi.preview(kind, file as File, chosen),
    onSuccess: (result) => {
      setPreview(result);
      setMapping(initialMapping(result.headers, result.mapping, result.columns));
      setCheckJobId(null);
      setStep((current) => Math.max(current, 1));
    },
    onError: (error) => showError(error),
  });
  const start = useMutation({
    mutationFn: (dryRun: boolean) => importsApi.start({ kind, file: file as File, encoding, mapping, onError, dryRun }),
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(job.id), job);
      if (job.dryRun) setCheckJobId(job.id);
      else setRunJobId(job.id);
    },
    onError: (error, dryRun) => {
      showError(error);
      if (!dryRun) setStep(3);
    },
  });

  const checkStatus = checkJob?.status;
  const runStatus = runJob?.status;
  useEffect(() => {
    if (checkStatus && checkStatus !== 'running') void queryClient.invalidateQueries({ queryKey: importKeys.list() });
  }, [checkStatus, queryClient]);
  useEffect(() => {
    if (!runStatus || runStatus === 'running') return;
    for (const queryKey of [importKeys.list(), customerKeys.all, productKeys.all, orderKeys.all])
      void queryClient.invalidateQueries({ queryKey });
  }, [runStatus, queryClient]);

  const resetFrom = (keep: 'nothing' | 'preview') => {
    if (keep === 'nothing') setPreview(null);
    setCheckJobId(null);
    setRunJobId(null);
  };
  const restart = () => {
    resetFrom('nothing');
    setFile(null);
    setEncoding('auto');
    setStep(0);
  };

  const checked = checkJob && checkJob.status === 'succeeded' && !(onError === 'abort' && checkJob.rowsRejected > 0);
  const fileName = file?.name ?? '';
  const back = step > 0 && step < 4 && (
    <Button onClick={() => setStep(step - 1)} data-testid="import-back">
      {t('import.previous')}
    </Button>
  );
  const next = (
    <Button
      type="primary"
      data-testid="import-next"
      disabled={
        (step === 0 && !file) || (step === 2 && preview !== null && !mappingProblems(mapping, preview.columns).ok)
      }
      loading={step === 0 && loadPreview.isPending}
      onClick={() => (step === 0 ? loadPreview.mutate(encoding) : setStep(step + 1))}
    >
      {t('import.next')}
    </Button>
  );

  return (
    <Flex vertical gap={24}>
      <Steps
        current={step}
        size="small"
        responsive={false}
        titlePlacement={isPhone ? 'vertical' : 'horizontal'}
        items={stepKeys.map((key) => ({ title: t(`import.steps.${key}`) }))}
        data-testid="import-steps"
      />
      {step === 0 && (
        <ImportFileStep
          kind={kind}
          file={file}
          onKind={(value) => {
            setKind(value);
            resetFrom('nothing');
          }}
          onFile={(value) => {
            setFile(value);
            resetFrom('nothing');
          }}
        />
      )}
      {step === 1 && preview && (
        <ImportPreviewStep
          fileName={fileName}
          preview={preview}
          encoding={encoding}
          loading={loadPreview.isPending}
          onEncoding={(value) => {
            setEncoding(value);
            loadPreview.mutate(value);
          }}
        />
      )}
      {step === 2 && preview && (
        <ImportMappingStep
          kind={kind}
          preview={preview}
          mapping={mapping}
          onChange={(value) => {
            setMapping(value);
            resetFrom('preview');
          }}
        />
      )}
      {step === 3 && (
        <ImportCheckStep
          fileName={fileName}
          onError={onError}
          onOnError={(value) => {
            setOnError(value);
            resetFrom('preview');
          }}
          jobId={checkJobId}
          job={checkJob}
          starting={start.isPending && start.variables === true}
          onCheck={() => start.mutate(true)}
        />
      )}
      {step === 4 && <ImportJobView jobId={runJobId} uploading={start.isPending} fileName={fileName} />}

      <Flex justify="flex-end" gap={8} wrap>
        {back}
        {step < 3 && next}
        {step === 3 && (
          <Button
            type="primary"
            disabled={!checked}
            onClick={() => {
              setStep(4);
              start.mutate(false);
            }}
            data-testid="import-start"
          >
            {t('import.start')}
          </Button>
        )}
        {step === 4 && runStatus && runStatus !== 'running' && (
          <>
            <Button onClick={restart} data-testid="import-another">
              {t('import.another')}
            </Button>
            <Link to={listPaths[kind]}>
              <Button type="primary" data-testid="import-open-list">
                {t('import.openList')}
              </Button>
            </Link>
          </>
        )}
      </Flex>
    </Flex>
  );
}
