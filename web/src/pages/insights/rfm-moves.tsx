import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreMove } from '../../../../src/shared/rfm-moves.ts';
import { useRfmValue } from './rfm-ranges.ts';

const letter = { recency: 'R', frequency: 'F', monetary: 'M' } as const;

/** One move as a sentence: "R 3→2: 95 days since the last purchase (unchanged); the cut point moved from 100 to 90 days: the population moved". */
export function useMoveText() {
  const { t } = useTranslation();
  const format = useRfmValue();
  return (move: ScoreMove): string => {
    const { score: name } = move;
    const number = (value: number | string) => format(name, Number(value));
    const described = (value: number | string | null) => {
      if (value === null) return t('scoreMoves.value.none');
      if (name === 'monetary') return t('scoreMoves.value.monetary', { amount: number(value) });
      return t(`scoreMoves.value.${name}`, { count: Number(value), formatted: number(value) });
    };
    const before =
      move.valueBefore === null || move.valueAfter === null
        ? ''
        : String(move.valueBefore) === String(move.valueAfter)
          ? ` ${t('scoreMoves.unchanged')}`
          : ` ${t('scoreMoves.was', { value: number(move.valueBefore) })}`;
    const cutPoint = move.cutPoint
      ? t(`scoreMoves.cutPoint.${name}`, { from: number(move.cutPoint.from), to: number(move.cutPoint.to) })
      : t('scoreMoves.cutPoint.unnamed');
    const because =
      move.methodBefore && move.methodAfter && move.methodBefore !== move.methodAfter
        ? t('scoreMoves.because.method', {
            from: t(`rfmScoring.methods.${move.methodBefore}`),
            to: t(`rfmScoring.methods.${move.methodAfter}`),
          })
        : t(`scoreMoves.because.${move.methodAfter ?? 'quantiles'}`);
    const cause =
      move.cause === 'own_data' && move.from === null
        ? t('scoreMoves.cause.first')
        : t(`scoreMoves.cause.${move.cause}`, { cutPoint, because });
    const scores = `${letter[name]} ${move.from ?? '–'}→${move.to ?? '–'}`;
    return `${scores}: ${described(move.valueAfter)}${before}; ${cause}`;
  };
}

/** Why a customer's R, F, M scores moved since their run before, one line each. */
export function ScoreMoves({ moves }: { moves: ScoreMove[] }) {
  const text = useMoveText();
  if (!moves.length) return <Typography.Text type="secondary">–</Typography.Text>;
  return (
    <Flex vertical gap={2} data-testid="score-moves">
      {moves.map((move) => (
        <Typography.Text key={move.score} style={{ fontSize: 12 }}>
          {text(move)}
        </Typography.Text>
      ))}
    </Flex>
  );
}
