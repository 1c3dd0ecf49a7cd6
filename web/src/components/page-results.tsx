import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Role } from '../api/domain.types.ts';
import { ApiError } from '../api-client.ts';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.pageNotFound')}
      extra={
        <Link to="/customers">
          <Button type="primary">{t('customer.backToList')}</Button>
        </Link>
      }
    />
  );
}

/** A page the user's role may not open; `roles` names who may (administrators when left out). */
export function ForbiddenResult({ roles }: { roles?: readonly Role[] }) {
  const { t } = useTranslation();
  const subTitle = roles
    ? t('errors.forbiddenRolePage', {
        roles: roles.map((role) => t(`enums.role.${role}`)).join(t('common.listSeparator')),
      })
    : t('errors.forbiddenPage');
  return <Result status="403" title="403" subTitle={subTitle} />;
}

/** A failed load, with the server's message and a retry button. */
export function LoadErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError && error.status === 0 ? t('errors.network') : (error as Error)?.message;
  return (
    <Result
      status="error"
      title={t('errors.loadFailed')}
      subTitle={detail}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
