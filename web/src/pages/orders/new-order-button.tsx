import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayWriteCustomers } from '../../session/session-context.ts';
import { OrderFormDrawer } from './order-form.tsx';

/** "New order" and its form, for those who may record purchases (not service staff); for one customer, or any. */
export function NewOrderButton({ customerId, compact }: { customerId?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const mayWrite = useMayWriteCustomers();
  const form = useOverlay();
  if (!mayWrite) return null;
  return (
    <>
      <Button
        type={customerId ? 'default' : 'primary'}
        size={customerId ? 'small' : 'middle'}
        icon={<PlusOutlined />}
        onClick={() => form.show()}
        aria-label={t('orderEntry.new')}
        data-testid="order-new"
      >
        {compact ? undefined : t('orderEntry.new')}
      </Button>
      {form.key > 0 && <OrderFormDrawer key={form.key} open={form.open} onClose={form.hide} customerId={customerId} />}
    </>
  );
}
