import { cefrRank, isClockTime, isEmptyWindow } from '#libs/kernel';
import { DemoCalendar } from './calendar.js';
import { drawPerson, italianLevel } from './candidate-person.js';
import { legalStatus } from './legal-status.js';
import { Rng } from './prng.js';
import {
  AVAILABILITY_PATTERNS,
  SHIFT_PATTERNS,
  weeklyHours,
  type ShiftPattern,
} from './time-patterns.js';

const calendar = new DemoCalendar('2026-03-02');

function people(persona: Parameters<typeof drawPerson>[1], count: number) {
  const rng = new Rng(`people-${persona}`);
  return Array.from({ length: count }, () => {
    const person = drawPerson(rng, persona, calendar);
    return { person, level: italianLevel(rng, person), legal: legalStatus(rng, person, calendar) };
  });
}

describe('the people the demo draws', () => {
  it('makes family-work projects three quarters women, of working age', () => {
    const drawn = people('FAMILY_WORK', 4000);
    const women = drawn.filter(({ person }) => person.gender === 'F').length / drawn.length;
    expect(women).toBeCloseTo(0.75, 1);
    expect(drawn.every(({ person }) => person.age >= 22 && person.age <= 55)).toBe(true);
    expect(
      drawn
        .filter(({ person }) => calendar.ageOf(person.birthDate) !== person.age)
        .map(({ person }) => [person.birthDate, person.age, calendar.ageOf(person.birthDate)]),
    ).toEqual([]);
  });

  it('skews the Italian of people who arrived as adults to A1-B1', () => {
    const newcomers = people('ASYLUM', 4000).filter(({ person }) => !person.grewUpInItaly);
    const middle = newcomers.filter(
      ({ level }) => cefrRank(level) >= cefrRank('A1') && cefrRank(level) <= cefrRank('B1'),
    );
    expect(middle.length / newcomers.length).toBeGreaterThan(0.6);
    expect(newcomers.some(({ level }) => level === 'ALFA')).toBe(true);
  });

  it('gives Italians and EU citizens the right to work without a permit, others permits of every state', () => {
    const drawn = people('UNEMPLOYED', 4000);
    for (const { person, legal } of drawn) {
      if (person.nationality === 'IT' || person.nationality === 'RO')
        expect(legal.rightToWork).toBe('EU_CITIZEN');
      else expect(legal.rightToWork).not.toBe('EU_CITIZEN');
    }
    const permits = drawn.filter(({ legal }) => legal.rightToWork === 'PERMIT');
    // The candidate rules ask for the expiry of every permit, long-term ones included.
    expect(
      drawn.every(
        ({ legal }) =>
          (legal.rightToWork === 'PERMIT' || legal.rightToWork === 'PERMIT_RENEWAL') ===
          (legal.expiresOn !== null),
      ),
    ).toBe(true);
    expect(
      permits.some(({ legal }) => legal.expiresOn !== null && legal.expiresOn < calendar.date(0)),
    ).toBe(true);
    expect(drawn.some(({ legal }) => legal.rightToWork === 'PERMIT_RENEWAL')).toBe(true);
  });

  it('records asylum status only for asylum seekers and protection holders', () => {
    expect(people('ASYLUM', 500).every(({ legal }) => legal.asylum !== null)).toBe(true);
    expect(people('YOUTH', 500).every(({ legal }) => legal.asylum === null)).toBe(true);
  });
});

describe('timetables', () => {
  it('are valid weekly windows', () => {
    for (const windows of [
      ...Object.values(SHIFT_PATTERNS),
      ...Object.values(AVAILABILITY_PATTERNS),
    ]) {
      for (const window of windows) {
        expect(isClockTime(window.start)).toBe(true);
        expect(isClockTime(window.end) || window.end === '24:00').toBe(true);
        expect(isEmptyWindow(window)).toBe(false);
      }
    }
  });

  it('count contract hours as ads state them', () => {
    const hours = (pattern: ShiftPattern) => weeklyHours(pattern);
    expect(hours('CLEANING_DAWN')).toBe(17.5);
    expect(hours('WAREHOUSE_NIGHT')).toBe(40);
    expect(hours('RETAIL_SPLIT')).toBe(48);
    expect(hours('CARE_LIVE_IN')).toBe(54);
    expect(Object.keys(SHIFT_PATTERNS).every((p) => hours(p as ShiftPattern) <= 60)).toBe(true);
  });
});
