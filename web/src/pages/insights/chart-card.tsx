import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface ChartCardProps {
  title: ReactNode;
  /** One line under the title: what the picture shows and what a click does. */
  hint?: ReactNode;
  /** Controls (switches, pickers), wrapping under the title on narrow screens. */
  controls?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A card holding one picture, its controls and a hint. */
export function ChartCard({ title, hint, controls, children, testId }: ChartCardProps) {
  return (
    <Card size="small" title={title} data-testid={testId} styles={{ body: { paddingTop: 8 } }}>
      <Flex vertical gap={8}>
        {(hint || controls) && (
          <Flex justify="space-between" align="center" gap={8} wrap>
            {hint && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {hint}
              </Typography.Text>
            )}
            {controls}
          </Flex>
        )}
        {children}
      </Flex>
    </Card>
  );
}
