import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** On phones, the button that shows or hides a list's filters, with how many are active. */
export function FilterToggle({
  open,
  activeCount,
  onToggle,
}: {
  open: boolean;
  activeCount: number;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Badge count={activeCount} size="small">
      <Button icon={<FilterOutlined />} aria-label={t('common.filters')} aria-expanded={open} onClick={onToggle} />
    </Badge>
  );
}
