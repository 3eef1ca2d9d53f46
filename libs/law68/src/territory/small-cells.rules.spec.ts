import { smallCellLabel, suppressNestedCounts } from './small-cells.rules.js';

describe('small-cell suppression', () => {
  const show = (total: number, part: number) => suppressNestedCounts({ total, part }, 5);

  it('never shows a count from 1 to 4', () => {
    for (let total = 0; total <= 12; total += 1) {
      for (let part = 0; part <= total; part += 1) {
        const shown = show(total, part);
        for (const cell of [shown.total, shown.part]) {
          expect(cell === null || cell === 0 || cell >= 5).toBe(true);
        }
      }
    }
  });

  it('never lets a difference from 1 to 4 be recovered by subtraction', () => {
    for (let total = 0; total <= 12; total += 1) {
      for (let part = 0; part <= total; part += 1) {
        const shown = show(total, part);
        if (shown.total !== null && shown.part !== null) {
          const rest = shown.total - shown.part;
          expect(rest === 0 || rest >= 5).toBe(true);
        }
      }
    }
  });

  it('shows zero, and counts that single nobody out', () => {
    expect(show(0, 0)).toEqual({ total: 0, part: 0 });
    expect(show(5, 0)).toEqual({ total: 5, part: 0 });
    expect(show(10, 5)).toEqual({ total: 10, part: 5 });
    expect(show(5, 5)).toEqual({ total: 5, part: 5 });
  });

  it('hides the small ones and the part that would give a small rest', () => {
    expect(show(3, 3)).toEqual({ total: null, part: null });
    expect(show(3, 0)).toEqual({ total: null, part: 0 });
    expect(show(6, 5)).toEqual({ total: 6, part: null });
    expect(show(9, 2)).toEqual({ total: 9, part: null });
  });

  it('labels a hidden cell in Italian with the threshold', () => {
    expect(smallCellLabel(5)).toMatch(/^meno di 5 persone/);
  });
});
