import { describe, expect, it } from 'vitest';
import { rulesIntervalSeconds } from './scheduler.ts';

describe('the rule runner interval', () => {
  it('is a minute by default, a number of seconds, or off', () => {
    expect(rulesIntervalSeconds({})).toBe(60);
    expect(rulesIntervalSeconds({ GUANXI_RULES_INTERVAL_SECONDS: '300' })).toBe(300);
    expect(rulesIntervalSeconds({ GUANXI_RULES_INTERVAL_SECONDS: 'off' })).toBeNull();
  });

  it('refuses a setting that is not a number of seconds, rather than running without pause', () => {
    for (const bad of ['abc', '0', '-5', '0.5'])
      expect(() => rulesIntervalSeconds({ GUANXI_RULES_INTERVAL_SECONDS: bad })).toThrow(/1 or more/);
  });
});
