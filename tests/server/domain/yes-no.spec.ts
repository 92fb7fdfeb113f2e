import { describe, expect, it } from 'vitest';
import { isNoToken, isYesToken, positiveTest } from '../../../server/src/domain/yes-no.js';

describe('the yes/no rule', () => {
  it('reads 1/yes/true/y/t as yes and 0/no/false/n/f as no, in any case', () => {
    for (const yes of ['1', 'yes', 'Yes', 'TRUE', 'y', 'T']) expect(isYesToken(yes)).toBe(true);
    for (const no of ['0', 'no', 'No', 'FALSE', 'n', 'F']) expect(isNoToken(no)).toBe(true);
    expect(isYesToken('maybe')).toBe(false);
    expect(isYesToken('0')).toBe(false);
  });

  it("uses a column's own positive label when it has one", () => {
    const subscribed = positiveTest(' Subscribed ');
    expect(subscribed('subscribed')).toBe(true);
    expect(subscribed('yes')).toBe(false);
    expect(positiveTest(null)('Yes')).toBe(true);
    expect(positiveTest(undefined)('no')).toBe(false);
  });
});
