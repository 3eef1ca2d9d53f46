import { FAIR_SHARE_ENDED_STATES } from '#libs/matching';
import {
  ACTIVE_PROPOSAL_STATES,
  canMove,
  expiryFrom,
  nextStates,
  PROPOSAL_STATE_CODES,
  type ProposalState,
} from './proposal-states.rules.js';

describe('proposal states', () => {
  it('walks from proposal to hire one step at a time', () => {
    const path = [
      'PROPOSED',
      'SENT_TO_COMPANY',
      'INTERVIEW',
      'INTERNSHIP_STARTED',
      'HIRED',
    ] as const;
    for (let i = 1; i < path.length; i += 1)
      expect(canMove(path[i - 1], path[i], 'person')).toBe(true);
    expect(canMove('INTERVIEW', 'HIRED', 'person')).toBe(true);
  });

  it('refuses skipped steps, moves out of final states, and expiry by a person', () => {
    expect(canMove('PROPOSED', 'HIRED', 'person')).toBe(false);
    expect(canMove('PROPOSED', 'DECLINED_BY_COMPANY', 'person')).toBe(false);
    expect(canMove('PROPOSED', 'EXPIRED', 'person')).toBe(false);
    expect(canMove('PROPOSED', 'EXPIRED', 'system')).toBe(true);
    expect(canMove('INTERNSHIP_STARTED', 'EXPIRED', 'system')).toBe(false);
    for (const final of [
      'HIRED',
      'DECLINED_BY_COMPANY',
      'WITHDRAWN_BY_CANDIDATE',
      'EXPIRED',
    ] as const) {
      expect(nextStates(final)).toEqual([]);
      for (const to of PROPOSAL_STATE_CODES) expect(canMove(final, to, 'system')).toBe(false);
    }
  });

  it('expires stale proposals but never a running internship', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(expiryFrom('PROPOSED', now)).toEqual(new Date('2026-03-31T10:00:00Z'));
    expect(expiryFrom('INTERNSHIP_STARTED', now)).toBeNull();
    expect(expiryFrom('HIRED', now)).toBeNull();
  });

  it('gives matching the states that no longer hold a vacancy: the final ones but a hire', () => {
    const ended: readonly ProposalState[] = FAIR_SHARE_ENDED_STATES;
    const final = PROPOSAL_STATE_CODES.filter((state) => nextStates(state).length === 0);
    expect([...ended].sort()).toEqual(final.filter((state) => state !== 'HIRED').sort());
    expect(ended.filter((state) => ACTIVE_PROPOSAL_STATES.includes(state))).toEqual([]);
  });
});
