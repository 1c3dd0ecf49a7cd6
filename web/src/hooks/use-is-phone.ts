import { Grid } from 'antd';

/** True below antd's `md` breakpoint (768px): phones, where the layout turns into one column. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
