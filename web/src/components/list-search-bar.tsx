import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../hooks/use-is-phone.ts';

/** A list's search box; at phone width also the button that shows or hides the list's filters. */
export function ListSearchBar(props: {
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  activeFilterCount: number;
  filtersOpen: boolean;
  onToggleFilters: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Flex gap={8}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={props.placeholder}
        aria-label={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        data-testid={props.testId}
        style={{ flex: 1, minWidth: 0, maxWidth: isPhone ? undefined : 360 }}
      />
      {isPhone && (
        <Badge count={props.activeFilterCount} size="small">
          <Button
            icon={<FilterOutlined />}
            aria-label={t('common.filters')}
            aria-expanded={props.filtersOpen}
            onClick={props.onToggleFilters}
          />
        </Badge>
      )}
    </Flex>
  );
}
