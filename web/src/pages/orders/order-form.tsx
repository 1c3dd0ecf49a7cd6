import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Drawer, Flex, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, orderStatuses } from '../../api/domain.types.ts';
import { orderKeys, ordersApi } from '../../api/orders.api.ts';
import type { OrderDetail, OrderInput, OrderLineInput, Product } from '../../api/purchase.types.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { CustomerPicker } from '../customers/customer-picker.tsx';
import { isAmount, isQuantity, lineAmount, sumAmounts } from './order-amounts.ts';
import { useOrderFormErrors } from './order-form-errors.ts';
import { ProductPicker } from './product-picker.tsx';
import { useOrderSaved } from './use-order-saved.ts';

interface LineValues {
  productId?: string | null;
  description?: string;
  quantity?: string;
  unitPrice?: string;
}

interface OrderFormValues {
  customerId?: string | null;
  orderedOn: Dayjs;
  status: OrderStatus;
  currency: string;
  externalId?: string;
  channel?: string;
  amountCollected?: string;
  lines: LineValues[];
}

interface OrderFormDrawerProps {
  open: boolean;
  onClose: () => void;
  /** The order to correct; a new one when left out. */
  order?: OrderDetail;
  /** The customer of a new order, fixed (on the customer's page). */
  customerId?: string;
  onSaved?: (order: OrderDetail) => void;
}

/** The currency this browser last entered an order in: the default of the next one (with no history to go by). */
const lastCurrencyKey = 'guanxi.orderCurrency';
const lastCurrency = () => localStorage.getItem(lastCurrencyKey) ?? 'CNY';

const text = (value: string | null | undefined) => value?.trim() || null;

const toLineInput = (line: LineValues): OrderLineInput => ({
  productId: line.productId || null,
  description: text(line.description),
  quantity: (line.quantity ?? '').trim(),
  unitPrice: (line.unitPrice ?? '').trim(),
});

/** A saved line as the form shows it; quantities without the trailing zeros the database keeps ("2.000" → "2"). */
const toLineValues = (line: OrderDetail['lines'][number]): LineValues => ({
  productId: line.productId,
  description: line.description ?? undefined,
  quantity: line.quantity.includes('.') ? line.quantity.replace(/\.?0+$/, '') : line.quantity,
  unitPrice: line.unitPrice,
});

/** The moment of the order: now for today, else noon of the chosen day (in the browser's time zone). */
const orderedAtOf = (day: Dayjs) =>
  day.isSame(dayjs(), 'day') ? dayjs().format() : day.hour(12).minute(0).second(0).millisecond(0).format();

/**
 * Enter a purchase by hand, or correct one: the customer (only those the user may see), the day, the
 * currency, the status and the lines (a catalogue product or a description, quantity, unit price); the
 * total is computed exactly as the server does. Mount afresh for each use (see useOverlay).
 */
export function OrderFormDrawer({ open, onClose, order, customerId, onSaved }: OrderFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrderFormValues>();
  const queryClient = useQueryClient();
  const orderSaved = useOrderSaved();
  const showError = useApiError();
  const showFormErrors = useOrderFormErrors(form, showError);
  const format = useFormat();
  const isPhone = useIsPhone();
  const [priceHints, setPriceHints] = useState<Record<number, string>>({});
  const lines = Form.useWatch('lines', form) ?? [];
  const currency = Form.useWatch('currency', form) ?? '';
  const amounts = lines.map((line) => lineAmount(line?.quantity, line?.unitPrice));
  const total = sumAmounts(amounts.filter((amount): amount is string => amount !== undefined));
  const knownProducts = new Map(
    (order?.lines ?? []).flatMap((line) => (line.product ? [[line.product.id, line.product] as const] : [])),
  );

  const save = useMutation({
    mutationFn: async (values: OrderFormValues): Promise<OrderDetail> => {
      const input: OrderInput = {
        customerId: values.customerId ?? '',
        orderedAt: orderedAtOf(values.orderedOn),
        status: values.status,
        currency: values.currency.trim().toUpperCase(),
        externalId: text(values.externalId),
        channel: text(values.channel),
        amountCollected: text(values.amountCollected) ?? undefined,
        lines: values.lines.map(toLineInput),
      };
      if (!order) return ordersApi.create({ ...input, externalId: input.externalId ?? undefined });
      return ordersApi.update(order.id, changesOf(order, input, values.orderedOn));
    },
    onSuccess: (saved) => {
      localStorage.setItem(lastCurrencyKey, saved.currency);
      orderSaved(saved);
      message.success(order ? t('orderEntry.saved') : t('orderEntry.created'));
      onSaved?.(saved);
      onClose();
    },
    onError: showFormErrors,
  });

  /** A new order's currency follows the customer's last order, unless the user chose one. */
  const followCustomer = async (id: string | null) => {
    if (!id || order || form.isFieldTouched('currency')) return;
    const last = await queryClient
      .fetchQuery({
        queryKey: [...orderKeys.list({ customerId: id }), 'last'],
        queryFn: () => ordersApi.list({ customerId: id, limit: 1 }),
      })
      .catch(() => undefined);
    const lastOrderCurrency = last?.items[0]?.currency;
    if (lastOrderCurrency && !form.isFieldTouched('currency')) form.setFieldValue('currency', lastOrderCurrency);
  };

  const pickProduct = (index: number, product: Product | undefined) => {
    setPriceHints(({ [index]: _, ...rest }) => rest);
    if (!product) return;
    if (product.currency === form.getFieldValue('currency')) {
      form.setFieldValue(['lines', index, 'unitPrice'], product.listPrice);
      void form.validateFields([['lines', index, 'description']]);
    } else
      setPriceHints((hints) => ({
        ...hints,
        [index]: t('orderEntry.otherCurrency', {
          price: format.money(product.listPrice, product.currency),
          currency: form.getFieldValue('currency'),
        }),
      }));
  };

  const initialValues: OrderFormValues = order
    ? {
        customerId: order.customerId,
        orderedOn: dayjs(order.orderedAt),
        status: order.status,
        currency: order.currency,
        externalId: order.externalId,
        channel: order.channel ?? undefined,
        amountCollected: order.amountCollected,
        lines: order.lines.map(toLineValues),
      }
    : {
        customerId: customerId ?? null,
        orderedOn: dayjs(),
        status: 'paid',
        currency: lastCurrency(),
        lines: [{ quantity: '1' }],
      };

  const required = { required: true, message: t('validation.required') };
  const quantityRule = {
    validator: (_: unknown, value?: string) =>
      !value || isQuantity(value) ? Promise.resolve() : Promise.reject(new Error(t('orderEntry.validation.quantity'))),
  };
  const amountRule = {
    validator: (_: unknown, value?: string) =>
      !value || isAmount(value) ? Promise.resolve() : Promise.reject(new Error(t('orderEntry.validation.amount'))),
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 760}
      title={order ? t('orderEntry.editTitle', { number: order.externalId }) : t('orderEntry.new')}
      afterOpenChange={(visible) => {
        if (visible && customerId && !order) void followCustomer(customerId);
      }}
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong data-testid="order-form-total">
            {t('orderEntry.totalIs', { amount: format.money(total, currency || 'CNY') })}
          </Typography.Text>
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="order-save">
              {t('common.save')}
            </Button>
          </Space>
        </Flex>
      }
    >
      <Form<OrderFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
        data-testid="order-form"
      >
        <Form.Item name="customerId" label={t('order.fields.customer')} rules={[required]}>
          <CustomerPicker
            placeholder={t('orderEntry.customerPlaceholder')}
            style={{ width: '100%' }}
            disabled={Boolean(order || customerId)}
            onChange={(id) => void followCustomer(id)}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="orderedOn"
            label={t('order.fields.orderedAt')}
            rules={[required]}
            style={{ flex: '1 1 180px' }}
          >
            <DatePicker style={{ width: '100%' }} allowClear={false} inputReadOnly={isPhone} />
          </Form.Item>
          <Form.Item name="status" label={t('order.fields.status')} style={{ flex: '1 1 140px' }}>
            <Select options={orderStatuses.map((value) => ({ value, label: t(`order.status.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="currency"
            label={t('product.fields.currency')}
            tooltip={t('orderEntry.currencyHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[required, { pattern: /^\s*[A-Za-z]{3}\s*$/, message: t('orderEntry.validation.currency') }]}
            style={{ flex: '0 1 110px' }}
          >
            <Input maxLength={3} autoComplete="off" />
          </Form.Item>
        </Flex>

        <Form.List
          name="lines"
          rules={[
            {
              validator: (_, value?: LineValues[]) =>
                value?.length ? Promise.resolve() : Promise.reject(new Error(t('orderEntry.validation.lines'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              <Typography.Text strong>{t('orderEntry.lines')}</Typography.Text>
              {fields.map(({ key, name }) => (
                <Card size="small" key={key} data-testid="order-form-line">
                  <Flex gap={8} wrap align="flex-start">
                    <Form.Item
                      name={[name, 'productId']}
                      label={t('orderEntry.product')}
                      style={{ flex: '2 1 200px', marginBottom: 8 }}
                      extra={priceHints[name]}
                    >
                      <ProductPicker
                        known={knownProducts.get(lines[name]?.productId ?? '') ?? null}
                        onPick={(product) => pickProduct(name, product)}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'description']}
                      label={t('orderEntry.description')}
                      dependencies={[['lines', name, 'productId']]}
                      style={{ flex: '2 1 200px', marginBottom: 8 }}
                      rules={[
                        { max: 500 },
                        ({ getFieldValue }) => ({
                          validator: (_, value?: string) =>
                            value?.trim() || getFieldValue(['lines', name, 'productId'])
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('orderEntry.validation.productOrDescription'))),
                        }),
                      ]}
                    >
                      <Input placeholder={t('orderEntry.descriptionPlaceholder')} />
                    </Form.Item>
                  </Flex>
                  <Flex gap={8} wrap align="flex-start">
                    <Form.Item
                      name={[name, 'quantity']}
                      label={t('orderEntry.quantity')}
                      rules={[required, quantityRule]}
                      style={{ flex: '1 1 100px', marginBottom: 0 }}
                    >
                      <Input inputMode="decimal" autoComplete="off" />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'unitPrice']}
                      label={t('orderEntry.unitPrice')}
                      rules={[required, amountRule]}
                      style={{ flex: '1 1 120px', marginBottom: 0 }}
                    >
                      <Input inputMode="decimal" autoComplete="off" />
                    </Form.Item>
                    <Form.Item label={t('orderEntry.amount')} style={{ flex: '1 1 120px', marginBottom: 0 }}>
                      <Typography.Text data-testid="order-form-line-amount">
                        {format.money(amounts[name], currency || 'CNY')}
                      </Typography.Text>
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('orderEntry.removeLine')}
                      disabled={fields.length === 1}
                      onClick={() => remove(name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ quantity: '1' })}
                data-testid="order-line-add"
              >
                {t('orderEntry.addLine')}
              </Button>
            </Flex>
          )}
        </Form.List>

        <Flex gap={12} wrap>
          <Form.Item
            name="amountCollected"
            label={t('order.fields.amountCollected')}
            tooltip={t('orderEntry.amountCollectedHint')}
            rules={[amountRule]}
            style={{ flex: '1 1 140px' }}
          >
            <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
          </Form.Item>
          <Form.Item name="channel" label={t('order.fields.channel')} style={{ flex: '1 1 160px' }}>
            <Input maxLength={100} placeholder={t('orderEntry.channelPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="externalId"
            label={t('order.fields.externalId')}
            rules={order ? [{ required: true, whitespace: true, message: t('validation.required') }] : []}
            style={{ flex: '1 1 160px' }}
          >
            <Input maxLength={100} autoComplete="off" placeholder={t('orderEntry.externalIdPlaceholder')} />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}

/** Only what the form changed on a saved order; the lines go as a whole when any of them changed. */
function changesOf(order: OrderDetail, input: OrderInput, orderedOn: Dayjs) {
  const savedLines = order.lines.map((line) => toLineInput(toLineValues(line)));
  return {
    ...(orderedOn.isSame(dayjs(order.orderedAt), 'day') ? {} : { orderedAt: input.orderedAt }),
    ...(input.status !== order.status ? { status: input.status } : {}),
    ...(input.currency !== order.currency ? { currency: input.currency } : {}),
    ...(input.externalId && input.externalId !== order.externalId ? { externalId: input.externalId } : {}),
    ...(input.channel !== order.channel ? { channel: input.channel } : {}),
    ...(input.amountCollected !== undefined && input.amountCollected !== order.amountCollected
      ? { amountCollected: input.amountCollected }
      : {}),
    ...(JSON.stringify(savedLines) !== JSON.stringify(input.lines) ? { lines: input.lines } : {}),
  };
}
