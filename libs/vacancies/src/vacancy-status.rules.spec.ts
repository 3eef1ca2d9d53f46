import { canChangeStatus, VACANCY_STATUSES } from './vacancy-status.rules.js';

describe('vacancy status changes', () => {
  it('publishes a draft, fills or closes an open vacancy, and reopens a filled or closed one', () => {
    expect(canChangeStatus('DRAFT', 'OPEN')).toBe(true);
    expect(canChangeStatus('OPEN', 'FILLED')).toBe(true);
    expect(canChangeStatus('OPEN', 'CLOSED')).toBe(true);
    expect(canChangeStatus('FILLED', 'OPEN')).toBe(true);
    expect(canChangeStatus('FILLED', 'CLOSED')).toBe(true);
    expect(canChangeStatus('CLOSED', 'OPEN')).toBe(true);
  });

  it('never brings a vacancy that was public back to draft', () => {
    for (const from of ['OPEN', 'FILLED', 'CLOSED'] as const) {
      expect(canChangeStatus(from, 'DRAFT')).toBe(false);
    }
  });

  it('does not fill or close a draft that was never published', () => {
    expect(canChangeStatus('DRAFT', 'FILLED')).toBe(false);
    expect(canChangeStatus('DRAFT', 'CLOSED')).toBe(false);
  });

  it('keeps an archived vacancy archived, and reaches ARCHIVED only by archiving', () => {
    for (const to of VACANCY_STATUSES.filter((status) => status !== 'ARCHIVED')) {
      expect(canChangeStatus('ARCHIVED', to)).toBe(false);
    }
    for (const from of ['DRAFT', 'OPEN', 'FILLED', 'CLOSED'] as const) {
      expect(canChangeStatus(from, 'ARCHIVED')).toBe(false);
    }
  });

  it('accepts the same status as no change', () => {
    for (const status of VACANCY_STATUSES) expect(canChangeStatus(status, status)).toBe(true);
  });
});
