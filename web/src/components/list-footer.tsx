import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ListFooterProps {
  /** "12 shown", in the list's words. */
  countLabel: string;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** data-testid of the load-more button. */
  testId: string;
}

/** Under a keyset list: how many rows are shown, and "load more" while the server has more. */
export function ListFooter({ countLabel, hasMore, loading, onLoadMore, testId }: ListFooterProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" style={{ padding: 12 }} gap={8} wrap>
      <Typography.Text type="secondary">{countLabel}</Typography.Text>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading} data-testid={testId}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.allLoaded')}</Typography.Text>
      )}
    </Flex>
  );
}
