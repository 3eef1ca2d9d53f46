import { stageAfterActivity } from './scouting.types.js';

describe('stageAfterActivity', () => {
  it('moves a company never approached to contacted, and a consultancy to consultancy', () => {
    expect(stageAfterActivity('TO_CONTACT', 'CALL')).toBe('CONTACTED');
    expect(stageAfterActivity('TO_CONTACT', 'CONSULTANCY')).toBe('CONSULTANCY');
    expect(stageAfterActivity('CONTACTED', 'CONSULTANCY')).toBe('CONSULTANCY');
  });

  it('never moves a company back', () => {
    expect(stageAfterActivity('HIRING', 'CALL')).toBe('HIRING');
    expect(stageAfterActivity('OBLIGATION_MET', 'CONSULTANCY')).toBe('OBLIGATION_MET');
    expect(stageAfterActivity('CONSULTANCY', 'VISIT')).toBe('CONSULTANCY');
  });
});
