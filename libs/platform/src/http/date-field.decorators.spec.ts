import { IsOptional, validate } from 'class-validator';
import { toFieldProblems } from '../problem/validation-messages.js';
import { IsIsoDate } from './date-field.decorators.js';

class Body {
  @IsIsoDate()
  startsOn: unknown;

  @IsOptional()
  @IsIsoDate()
  endsOn?: unknown;

  @IsOptional()
  @IsIsoDate({ each: true })
  holidays?: unknown[];
}

async function problems(fields: Partial<Body>) {
  return toFieldProblems(await validate(Object.assign(new Body(), fields)));
}

describe('IsIsoDate', () => {
  it('accepts real calendar days written YYYY-MM-DD', async () => {
    for (const day of ['2026-02-28', '2024-02-29', '2026-12-31', '2027-01-01']) {
      expect(await problems({ startsOn: day })).toEqual([]);
    }
  });

  it('refuses other formats, times, partial dates and non-strings, in Italian', async () => {
    for (const value of [
      '2026-2-1',
      '01/02/2026',
      '20260201',
      '2026-05',
      '2026',
      '2026-05-12T10:00:00Z',
      '2026-05-12 10:00',
      ' 2026-05-12',
      '',
      20260512,
      null,
    ]) {
      expect(await problems({ startsOn: value })).toEqual([
        { field: 'startsOn', message: 'deve essere una data nel formato AAAA-MM-GG' },
      ]);
    }
  });

  it('refuses days that do not exist', async () => {
    for (const value of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) {
      expect(await problems({ startsOn: value })).toEqual([
        { field: 'startsOn', message: 'deve essere una data nel formato AAAA-MM-GG' },
      ]);
    }
  });

  it('leaves absent optional dates alone and checks each date of a list', async () => {
    expect(await problems({ startsOn: '2026-05-12', endsOn: undefined })).toEqual([]);
    expect(await problems({ startsOn: '2026-05-12', holidays: ['2026-06-02'] })).toEqual([]);
    expect(
      await problems({ startsOn: '2026-05-12', holidays: ['2026-06-02', '2026-06-31'] }),
    ).toEqual([{ field: 'holidays', message: 'deve essere una data nel formato AAAA-MM-GG' }]);
  });
});
