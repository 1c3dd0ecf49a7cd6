import { DownloadOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../../api/customers.api.ts';
import { type PersonKind, personalDataUrl } from '../../api/privacy.api.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useSession } from '../../session/session-context.ts';
import { EraseNameModal } from './erase-name-modal.tsx';

interface PersonalDataActionsProps {
  kind: PersonKind;
  id: string;
  name: string;
  /** The person's customer (the contact's organization), whose owner may export. */
  customerId: string;
  erased: boolean;
  /** Icons only (table rows, phones). */
  compact?: boolean;
}

/**
 * 导出 / 删除个人信息: export for administrators, managers and the customer's own relationship
 * manager; erase for administrators, asked twice (a confirmation, then the name typed again).
 */
export function PersonalDataActions({ kind, id, name, customerId, erased, compact = false }: PersonalDataActionsProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const user = useSession();
  const customer = useCustomer(customerId);
  const typeName = useOverlay();
  const mayExport =
    user.role === 'admin' ||
    user.role === 'manager' ||
    (user.role === 'relationship_manager' && customer.data?.ownerId === user.id);
  const mayErase = user.role === 'admin' && !erased;
  const label = (text: string) => (compact ? undefined : text);

  const askFirst = () =>
    modal.confirm({
      title: t('privacy.eraseConfirmTitle', { name }),
      content: t('privacy.eraseConfirmText'),
      okText: t('privacy.continue'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'erase-continue' } as ButtonProps,
      onOk: () => typeName.show(),
    });

  return (
    <>
      {mayExport && (
        <Button
          type={compact ? 'text' : 'default'}
          icon={<DownloadOutlined />}
          href={personalDataUrl(kind, id)}
          download
          title={t('privacy.exportHint')}
          aria-label={`${t('privacy.export')} ${name}`}
          data-testid={`${kind}-personal-data-export`}
        >
          {label(t('privacy.export'))}
        </Button>
      )}
      {mayErase && (
        <Button
          type={compact ? 'text' : 'default'}
          danger
          icon={<UserDeleteOutlined />}
          onClick={askFirst}
          aria-label={`${t('privacy.erase')} ${name}`}
          data-testid={`${kind}-personal-data-erase`}
        >
          {label(t('privacy.erase'))}
        </Button>
      )}
      {typeName.key > 0 && (
        <EraseNameModal
          key={typeName.key}
          open={typeName.open}
          kind={kind}
          id={id}
          name={name}
          onClose={typeName.hide}
        />
      )}
    </>
  );
}
