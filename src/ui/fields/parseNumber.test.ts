import { describe, expect, it } from 'vitest';
import { parseNumberInput, showNumber } from './parseNumber';

describe('typed numbers', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumberInput('1,000,000')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseNumberInput(' 1 000 000 ')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseNumberInput('1e6')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseNumberInput('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput('-5')).toEqual({ ok: true, value: -5 });
  });

  it('accepts k/M/B only where allowed', () => {
    expect(parseNumberInput('2.5M', { allowSuffix: true })).toEqual({ ok: true, value: 2_500_000 });
    expect(parseNumberInput('10k', { allowSuffix: true })).toEqual({ ok: true, value: 10_000 });
    expect(parseNumberInput('10k').ok).toBe(false);
  });

  it('refuses anything else with a reason, never NaN', () => {
    expect(parseNumberInput('lots')).toEqual({ ok: false, reason: '"lots" is not a number' });
    expect(parseNumberInput('')).toEqual({ ok: false, reason: 'enter a number' });
    expect(parseNumberInput('1.2.3').ok).toBe(false);
    expect(parseNumberInput('1e999')).toEqual({ ok: false, reason: 'is too large' });
  });

  it('shows numbers without float noise', () => {
    expect(showNumber(0.07 * 100)).toBe('7');
    expect(showNumber(512)).toBe('512');
  });
});
