import { describe, expect, it } from 'vitest';
import { formatDecimalInput, parseDecimalInput } from '../../src/lib/decimal-input.ts';

describe('numbers typed in the CMS', () => {
  it('a decimal comma or point gives the same number, spaces between thousands are ignored', () => {
    expect(parseDecimalInput('12,5', false)).toBe(12.5);
    expect(parseDecimalInput('12.5', false)).toBe(12.5);
    expect(parseDecimalInput(' 1 250,75 ', false)).toBe(1250.75);
    expect(parseDecimalInput('−3,5', false)).toBe(-3.5);
    expect(parseDecimalInput(',5', false)).toBe(0.5);
    expect(parseDecimalInput('0', true)).toBe(0);
  });

  it('half-typed numbers keep what is there; an empty field is empty', () => {
    expect(parseDecimalInput('12,', false)).toBe(12);
    expect(parseDecimalInput('', false)).toBe('');
    expect(parseDecimalInput('  ', true)).toBe('');
  });

  it('what is not a number of the field\'s kind stays as typed, never turned into another number', () => {
    expect(parseDecimalInput('12,5', true)).toBe('12,5');
    expect(parseDecimalInput('12,5,3', false)).toBe('12,5,3');
    expect(parseDecimalInput('около 40', false)).toBe('около 40');
    expect(parseDecimalInput('1e3', false)).toBe('1e3');
  });

  it('a saved number is shown with the decimal comma', () => {
    expect(formatDecimalInput(12.5)).toBe('12,5');
    expect(formatDecimalInput(2024)).toBe('2024');
    expect(formatDecimalInput('')).toBe('');
    expect(formatDecimalInput(undefined)).toBe('');
  });
});
