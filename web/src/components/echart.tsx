import { Alert } from 'antd';
import { BarChart, FunnelChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { type ComposeOption, type ECElementEvent, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type {
  BarSeriesOption,
  FunnelSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
} from 'echarts/types/dist/charts';
import type {
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/types/dist/components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Only what the pictures use, so the chunk stays small (tree-shaken echarts/core).
use([
  BarChart,
  FunnelChart,
  HeatmapChart,
  LineChart,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;
export type ChartClick = ECElementEvent;

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Called with the clicked item (a bar, a cell, a funnel layer). */
  onClick?: (event: ChartClick) => void;
  /** What the picture shows, for screen readers. */
  label: string;
  testId?: string;
}

/** One ECharts picture: drawn on a canvas, redrawn when the option changes, resized with its box. */
export function EChart({ option, height, onClick, label, testId }: EChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init>>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => click.current?.(event as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    try {
      chart.current?.setOption(option, { notMerge: true });
      setFailed(null);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  }, [option]);

  return (
    <>
      {failed && (
        <Alert type="error" showIcon title={t('insights.chartError')} description={failed} data-testid="chart-error" />
      )}
      <div
        ref={box}
        role="img"
        aria-label={label}
        data-testid={testId}
        data-chart="echarts"
        style={{ width: '100%', height, display: failed ? 'none' : undefined }}
      />
    </>
  );
}
