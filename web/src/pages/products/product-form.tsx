import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { productKeys, productsApi, useProductCategories } from '../../api/products.api.ts';
import type { Product, ProductInput } from '../../api/purchase.types.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';

interface ProductFormValues {
  sku: string;
  name: string;
  category?: string | null;
  currency: string;
  listPrice: string;
  unitCost?: string | null;
  active: boolean;
}

/** Currencies offered first; the list is searchable. */
const currencies = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'JPY', 'KRW', 'SGD', 'AUD', 'CAD'];

interface ProductFormDrawerProps {
  open: boolean;
  /** The product to edit; a new one when left out. */
  product?: Product;
  onClose: () => void;
}

/** Create or edit a product, in a drawer (full width on phones). Mount afresh for each use (see useOverlay). */
export function ProductFormDrawer({ open, product, onClose }: ProductFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProductFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const isPhone = useIsPhone();
  const categories = useProductCategories();

  const save = useMutation({
    mutationFn: async (values: ProductFormValues): Promise<Product> => {
      const input = toProductInput(values);
      if (!product) return productsApi.create(input);
      const patch = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => product[key as keyof ProductInput] !== value),
      ) as ProductInput;
      return Object.keys(patch).length > 0 ? productsApi.update(product.id, patch) : product;
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: productKeys.all });
      message.success(product ? t('product.saved') : t('product.created'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  const amountRules = (isRequired: boolean) => [
    { required: isRequired, message: t('validation.required') },
    { pattern: /^\d+(\.\d+)?$/, message: t('product.amountInvalid') },
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 480}
      title={product ? t('product.edit') : t('product.new')}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="product-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<ProductFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(product)}
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
        data-testid="product-form"
      >
        <Form.Item name="sku" label={t('product.fields.sku')} rules={required}>
          <Input maxLength={100} autoComplete="off" autoFocus={!product} />
        </Form.Item>
        <Form.Item name="name" label={t('product.fields.name')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('product.fields.category')}>
          <AutoComplete
            allowClear
            options={(categories.data ?? []).map((category) => ({ value: category }))}
            showSearch={{
              filterOption: (input, option) => String(option?.value ?? '').includes(input),
            }}
          />
        </Form.Item>
        <Form.Item name="currency" label={t('product.fields.currency')} rules={required}>
          <Select showSearch options={currencies.map((code) => ({ value: code, label: code }))} />
        </Form.Item>
        <Form.Item name="listPrice" label={t('product.fields.listPrice')} rules={amountRules(true)}>
          <InputNumber<string> stringMode min="0" step="0.01" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="unitCost"
          label={t('product.fields.unitCost')}
          extra={t('product.unitCostHint')}
          rules={amountRules(false)}
        >
          <InputNumber<string> stringMode min="0" step="0.01" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={t('product.fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

function toFormValues(product: Product | undefined): Partial<ProductFormValues> {
  if (!product) return { currency: 'CNY', active: true };
  return {
    sku: product.sku,
    name: product.name,
    category: product.category,
    currency: product.currency,
    listPrice: product.listPrice,
    unitCost: product.unitCost,
    active: product.active,
  };
}

/** Trimmed text, empty optional fields as null; amounts stay the strings the inputs hold. */
function toProductInput(values: ProductFormValues): ProductInput {
  const text = (value: string | null | undefined) => value?.trim() || null;
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    category: text(values.category),
    currency: values.currency,
    listPrice: String(values.listPrice),
    unitCost:
      values.unitCost === null || values.unitCost === undefined || values.unitCost === ''
        ? null
        : String(values.unitCost),
    active: values.active,
  };
}
