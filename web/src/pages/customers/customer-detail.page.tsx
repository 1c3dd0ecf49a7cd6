import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FormOutlined,
  HistoryOutlined,
  InboxOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { customerKeys, customersApi, useCustomer } from '../../api/customers.api.ts';
import type { Customer } from '../../api/domain.types.ts';
import { useCustomerHasOrders } from '../../api/orders.api.ts';
import { isApiError } from '../../api-client.ts';
import { ExportButton } from '../../components/export-button.tsx';
import { FullPageSpin, LoadErrorResult } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useIsAdmin, useMayWriteCustomers } from '../../session/session-context.ts';
import { QuickLogDrawer } from '../interactions/quick-log-drawer.tsx';
import { NewOrderButton } from '../orders/new-order-button.tsx';
import { OrderList } from '../orders/order-list.tsx';
import { PersonalDataActions } from '../privacy/personal-data-actions.tsx';
import { CustomerTimeline } from '../timeline/customer-timeline.tsx';
import { ContactList } from './contact-list.tsx';
import { CustomerDescriptions } from './customer-descriptions.tsx';
import { CustomerFormDrawer } from './customer-form.tsx';
import { CustomerScoresCard } from './customer-scores.tsx';
import { CustomerSummaryCard } from './customer-summary.tsx';
import { CustomerTasks } from './customer-tasks.tsx';

function CustomerNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('customer.notFound')}
      subTitle={t('customer.notFoundHint')}
      extra={
        <Link to="/customers">
          <Button type="primary">{t('customer.backToList')}</Button>
        </Link>
      }
      data-testid="customer-not-found"
    />
  );
}

/**
 * One customer: open tasks, details, purchases, the contacts of an organization, the timeline and the
 * orders; log a contact, edit, archive, delete.
 */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const customer = useCustomer(id);

  if (customer.isPending) return <FullPageSpin />;
  if (customer.isError) {
    if (isApiError(customer.error, 404) || isApiError(customer.error, 400)) return <CustomerNotFound />;
    return <LoadErrorResult error={customer.error} onRetry={() => void customer.refetch()} />;
  }
  return <CustomerDetail customer={customer.data} />;
}

function CustomerDetail({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const isPhone = useIsPhone();
  const isAdmin = useIsAdmin();
  const mayWrite = useMayWriteCustomers();
  const customerForm = useOverlay();
  const quickLog = useOverlay();
  // A customer with orders is archived, not deleted: delete is offered only to those without.
  const hasOrders = useCustomerHasOrders(customer.id);

  const setArchived = useMutation({
    mutationFn: (archived: boolean) => customersApi.update(customer.id, { archived }),
    onSuccess: (saved) => {
      queryClient.setQueryData(customerKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      message.success(saved.archived ? t('customer.archivedDone') : t('customer.restoredDone'));
    },
    onError: (error) => showError(error),
  });

  const remove = useMutation({
    mutationFn: () => customersApi.remove(customer.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: customerKeys.detail(customer.id) });
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      message.success(t('customer.deleted'));
      navigate('/customers', { replace: true });
    },
    onError: (error) => showError(error),
  });

  const buttonLabel = (text: string) => (isPhone ? undefined : text);

  return (
    <Flex vertical gap={16}>
      <div>
        <Link to="/customers">
          <ArrowLeftOutlined /> {t('customer.backToList')}
        </Link>
      </div>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="customer-name">
            {customer.name}
          </Typography.Title>
          <Tag color={customer.kind === 'organization' ? 'geekblue' : 'green'}>{t(`enums.kind.${customer.kind}`)}</Tag>
          {customer.archived && <Tag>{t('customer.archivedBadge')}</Tag>}
          {customer.anonymisedAt && <Tag color="red">{t('privacy.erasedBadge')}</Tag>}
        </Space>
        <Space wrap>
          <Button type="primary" icon={<FormOutlined />} onClick={() => quickLog.show()} data-testid="quick-log">
            {t('interaction.quickLog')}
          </Button>
          {mayWrite && (
            <>
              <Button icon={<EditOutlined />} onClick={() => customerForm.show()} data-testid="customer-edit">
                {t('common.edit')}
              </Button>
              <Button
                icon={customer.archived ? <UndoOutlined /> : <InboxOutlined />}
                loading={setArchived.isPending}
                onClick={() => setArchived.mutate(!customer.archived)}
                aria-label={customer.archived ? t('customer.restore') : t('customer.archive')}
                data-testid="customer-archive"
              >
                {buttonLabel(customer.archived ? t('customer.restore') : t('customer.archive'))}
              </Button>
            </>
          )}
          {isAdmin && (
            <Button
              icon={<HistoryOutlined />}
              aria-label={t('customer.history')}
              onClick={() => navigate(`/audit?entity=customer&entityId=${encodeURIComponent(customer.id)}`)}
            >
              {buttonLabel(t('customer.history'))}
            </Button>
          )}
          {customer.kind === 'person' && (
            <PersonalDataActions
              kind="customer"
              id={customer.id}
              name={customer.name}
              customerId={customer.id}
              erased={customer.anonymisedAt !== null}
              compact={isPhone}
            />
          )}
          {mayWrite && hasOrders.data === false && (
            <Popconfirm
              title={t('customer.deleteConfirm')}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync().catch(() => undefined)}
            >
              <Button danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="customer-delete">
                {buttonLabel(t('common.delete'))}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>

      <CustomerTasks customerId={customer.id} />

      <Card size="small" title={t('customer.details')}>
        <CustomerDescriptions customer={customer} />
      </Card>

      <CustomerSummaryCard customerId={customer.id} />

      <CustomerScoresCard customerId={customer.id} />

      {customer.kind === 'organization' && <ContactList customerId={customer.id} />}

      <CustomerTimeline customerId={customer.id} />

      <OrderList
        title={t('order.title')}
        filter={{ customerId: customer.id }}
        hideCustomer
        empty={t('order.noneForCustomer')}
        extra={
          <Space size={4}>
            <NewOrderButton customerId={customer.id} compact={isPhone} />
            <ExportButton kind="orders" filter={{ customerId: customer.id }} compact />
          </Space>
        }
      />

      {quickLog.key > 0 && (
        <QuickLogDrawer key={quickLog.key} open={quickLog.open} customerId={customer.id} onClose={quickLog.hide} />
      )}
      {customerForm.key > 0 && (
        <CustomerFormDrawer
          key={customerForm.key}
          open={customerForm.open}
          customer={customer}
          onClose={customerForm.hide}
          onSaved={customerForm.hide}
        />
      )}
    </Flex>
  );
}
