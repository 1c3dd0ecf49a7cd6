import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface DayRangeFilterProps {
  /** YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  onChange: (range: { from?: string; to?: string }) => void;
  fromLabel: string;
  toLabel: string;
  /** Two full-width pickers (phones) or one range picker. */
  stacked: boolean;
}

const day = 'YYYY-MM-DD';
const toDay = (value: string | undefined) => (value ? dayjs(value) : null);
const fromDay = (value: Dayjs | null | undefined) => (value ? value.format(day) : undefined);

/** A period of days for a list's filter: from–to, either end open. */
export function DayRangeFilter({ from, to, onChange, fromLabel, toLabel, stacked }: DayRangeFilterProps) {
  if (stacked)
    return (
      <>
        <DatePicker
          aria-label={fromLabel}
          placeholder={fromLabel}
          style={{ width: '100%' }}
          inputReadOnly
          value={toDay(from)}
          onChange={(value) => onChange({ from: fromDay(value), to })}
        />
        <DatePicker
          aria-label={toLabel}
          placeholder={toLabel}
          style={{ width: '100%' }}
          inputReadOnly
          value={toDay(to)}
          onChange={(value) => onChange({ from, to: fromDay(value) })}
        />
      </>
    );
  return (
    <DatePicker.RangePicker
      placeholder={[fromLabel, toLabel]}
      allowEmpty={[true, true]}
      style={{ width: 260 }}
      value={[toDay(from), toDay(to)]}
      onChange={(range) => onChange({ from: fromDay(range?.[0]), to: fromDay(range?.[1]) })}
    />
  );
}
