import {
  ATECO_PREFIXES,
  fitOf,
  occupationsForAteco,
  SCOUTING_SECTORS,
  sectorOfAteco,
  sectorsOfOccupation,
} from './scouting-sectors.js';

describe('sectorOfAteco', () => {
  it.each([
    ['56.10.11', 'RESTAURANTS'],
    ['56', 'RESTAURANTS'],
    ['55.10.00', 'HOSPITALITY'],
    ['81.21.00', 'CLEANING'],
    ['81.30.00', 'GREEN_MAINTENANCE'],
    ['88.10.00', 'CARE'],
    ['52.29.22', 'LOGISTICS'],
    ['47.11.20', 'RETAIL'],
    ['01.13.10', 'AGRICULTURE'],
    ['10.71.10', 'MANUFACTURING'],
    ['33.12.00', 'MANUFACTURING'],
  ])('%s is %s', (code, sector) => {
    expect(sectorOfAteco(code)).toBe(sector);
  });

  it('knows no sector for missing codes and activities outside the map', () => {
    expect(sectorOfAteco(null)).toBeNull();
    expect(sectorOfAteco('')).toBeNull();
    expect(sectorOfAteco('62.01.00')).toBeNull();
    expect(sectorOfAteco('81.10.00')).toBe('CLEANING');
    expect(sectorOfAteco('34.10.00')).toBeNull();
  });

  it('tries the longest prefixes first', () => {
    const lengths = ATECO_PREFIXES.map((row) => row.prefix.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

describe('sectorsOfOccupation', () => {
  it('matches whole levels of the ISTAT code', () => {
    expect(sectorsOfOccupation('8.1.4.3.0')).toEqual(expect.arrayContaining(['CLEANING']));
    expect(sectorsOfOccupation('5.2.2.3.2')).toEqual(['RESTAURANTS', 'HOSPITALITY']);
    expect(sectorsOfOccupation('8.1.3.2.0').sort()).toEqual(
      ['LOGISTICS', 'MANUFACTURING', 'RETAIL'].sort(),
    );
    expect(sectorsOfOccupation('8.1.31')).toEqual([]);
  });

  it('finds nothing in free text or an empty code', () => {
    expect(sectorsOfOccupation('addetta alle pulizie')).toEqual([]);
    expect(sectorsOfOccupation(null)).toEqual([]);
  });
});

describe('occupationsForAteco', () => {
  it('lists what a company of the sector hires', () => {
    expect(occupationsForAteco('81.21.00')).toBe(SCOUTING_SECTORS.CLEANING.occupations);
    expect(occupationsForAteco('62.01.00')).toEqual([]);
  });
});

describe('fitOf', () => {
  const cleaner = { preferredOccupations: ['8.1.4.3.0'], experienceOccupations: [] };
  const cookWhoCleaned = {
    preferredOccupations: ['5.2.2.1.0'],
    experienceOccupations: ['8.1.4.3.0'],
  };

  it('ranks a wanted occupation above a past one, above no statement, above another trade', () => {
    expect(fitOf('CLEANING', cleaner)).toBe('PREFERRED');
    expect(fitOf('CLEANING', cookWhoCleaned)).toBe('EXPERIENCED');
    expect(fitOf('CLEANING', { preferredOccupations: [], experienceOccupations: [] })).toBe(
      'UNSTATED',
    );
    expect(fitOf('LOGISTICS', cleaner)).toBe('OTHER');
    expect(
      fitOf('LOGISTICS', { preferredOccupations: [], experienceOccupations: ['badante'] }),
    ).toBe('OTHER');
  });

  it('weighs everyone as "might fit" for a company of unknown sector', () => {
    expect(fitOf(null, cleaner)).toBe('UNSTATED');
  });
});
