import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Popconfirm, Rate, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactsApi, useContacts } from '../../api/contacts.api.ts';
import { customerKeys } from '../../api/customers.api.ts';
import type { Contact } from '../../api/domain.types.ts';
import { PhoneLink } from '../../components/phone-link.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useEnumLabels } from '../../hooks/use-enum-options.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayWriteCustomers } from '../../session/session-context.ts';
import { PersonalDataActions } from '../privacy/personal-data-actions.tsx';
import { ContactFormModal } from './contact-form.tsx';

/** 联系人: the people inside an organization, with their buying role, attitude and trust. */
export function ContactList({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useEnumLabels();
  const isPhone = useIsPhone();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const contacts = useContacts(customerId, true);
  const contactForm = useOverlay<Contact>();

  const remove = useMutation({
    mutationFn: (contact: Contact) => contactsApi.remove(contact.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customerKeys.contacts(customerId) });
      message.success(t('contact.deleted'));
    },
    onError: (error) => showError(error),
  });

  const mayWrite = useMayWriteCustomers();
  const columns: TableColumnsType<Contact> = [
    {
      key: 'name',
      title: t('contact.fields.name'),
      render: (_, contact) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{contact.name}</Typography.Text>
          {contact.title && <Typography.Text type="secondary">{contact.title}</Typography.Text>}
          {isPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                label.buyingRole(contact.buyingRole),
                label.attitude(contact.attitude),
                `${t('contact.fields.trust')} ${contact.trust}/5`,
              ].join(' · ')}
              {contact.phone && (
                <>
                  {' · '}
                  <PhoneLink phone={contact.phone} />
                </>
              )}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'buyingRole',
      title: t('contact.fields.buyingRole'),
      responsive: ['md'],
      render: (_, contact) => label.buyingRole(contact.buyingRole),
    },
    {
      key: 'attitude',
      title: t('contact.fields.attitude'),
      responsive: ['md'],
      render: (_, contact) => label.attitude(contact.attitude),
    },
    {
      key: 'trust',
      title: t('contact.fields.trust'),
      responsive: ['sm'],
      render: (_, contact) => <Rate disabled value={contact.trust} style={{ fontSize: 14 }} />,
    },
    {
      key: 'phone',
      title: t('contact.fields.phone'),
      responsive: ['lg'],
      render: (_, contact) => (contact.phone ? <PhoneLink phone={contact.phone} /> : t('common.none')),
    },
    {
      key: 'email',
      title: t('contact.fields.email'),
      responsive: ['lg'],
      render: (_, contact) =>
        contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : t('common.none'),
    },
    ...((mayWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            align: 'right',
            render: (_, contact) => (
              <Space size={0}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={`${t('common.edit')} ${contact.name}`}
                  onClick={() => contactForm.show(contact)}
                />
                <PersonalDataActions
                  kind="contact"
                  id={contact.id}
                  name={contact.name}
                  customerId={customerId}
                  erased={contact.anonymisedAt !== null}
                  compact
                />
                <Popconfirm
                  title={t('contact.deleteConfirm')}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutateAsync(contact).catch(() => undefined)}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('common.delete')} ${contact.name}`}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []) as TableColumnsType<Contact>),
  ];

  return (
    <Card
      title={t('contact.title')}
      size="small"
      styles={{ body: { padding: 0 } }}
      extra={
        mayWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => contactForm.show()} data-testid="contact-new">
            {t('contact.new')}
          </Button>
        )
      }
    >
      <Table<Contact>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={contacts.data ?? []}
        loading={contacts.isPending}
        pagination={false}
        showHeader={!isPhone}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contact.empty')} /> }}
        data-testid="contact-table"
      />
      {contactForm.key > 0 && (
        <ContactFormModal
          key={contactForm.key}
          open={contactForm.open}
          customerId={customerId}
          contact={contactForm.payload}
          onClose={contactForm.hide}
        />
      )}
    </Card>
  );
}
