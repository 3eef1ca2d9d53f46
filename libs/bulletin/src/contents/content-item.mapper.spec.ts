import type { ContentRow } from './content-item.mapper.js';
import { toLanguageCourseItem, toPolicyItem, toServiceItem } from './content-item.mapper.js';

function content(overrides: Partial<ContentRow> = {}): ContentRow {
  return {
    id: 'c-1',
    organisationId: 'org' as ContentRow['organisationId'],
    kind: 'ITALIAN_COURSE',
    title: 'Italiano per il lavoro',
    summary: 'Lezioni in piccoli gruppi.',
    provider: 'CPIA 5 Milano',
    municipalityCode: '015146',
    municipalityName: 'Milano',
    place: 'Via Padova 36',
    areaIds: [],
    target: null,
    startsOn: '2027-01-11',
    endsOn: '2027-03-31',
    enrolBy: null,
    cefrLevel: 'A2',
    hours: 60,
    schedule: [{ day: 2, start: '09:00', end: '11:30' }],
    free: true,
    url: null,
    howTo: 'Iscrizioni in sede',
    contact: null,
    archivedAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    version: 1,
    ...overrides,
  };
}

describe('bulletin contents as edition items', () => {
  it('prints an Italian course with level, hours, place and schedule', () => {
    expect(toLanguageCourseItem(content())).toEqual({
      id: 'c-1',
      title: 'Italiano per il lavoro',
      provider: 'CPIA 5 Milano',
      cefrLevel: 'A2',
      hours: 60,
      place: 'Via Padova 36, Milano',
      schedule: [{ day: 2, start: '09:00', end: '11:30' }],
      startsOn: new Date('2027-01-10T23:00:00Z'),
      free: true,
      expiresAt: new Date('2027-03-31T22:00:00Z'),
      url: undefined,
      enrolHow: 'Iscrizioni in sede',
    });
  });

  it('closes with enrolment when there is a deadline, otherwise at the end', () => {
    expect(toLanguageCourseItem(content({ enrolBy: '2027-01-08' })).expiresAt).toEqual(
      new Date('2027-01-08T23:00:00Z'),
    );
    expect(toServiceItem(content({ endsOn: null })).expiresAt).toBeUndefined();
  });

  it('tells readers who a policy or a service is for', () => {
    const row = content({ kind: 'ACTIVE_POLICY', target: 'donne disoccupate' });
    expect(toPolicyItem(row).summary).toBe('Lezioni in piccoli gruppi. Per: donne disoccupate.');
    expect(toServiceItem(content({ target: null })).summary).toBe('Lezioni in piccoli gruppi.');
  });
});
