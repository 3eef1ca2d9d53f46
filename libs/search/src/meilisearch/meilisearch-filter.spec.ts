import { asOrganisationId } from '#libs/platform';
import { normaliseQuery } from '../search-query.normaliser.js';
import { buildFilter, quote } from './meilisearch-filter.js';

const organisationId = asOrganisationId('7e6b5a4c-1111-4111-8111-111111111111');

describe('Meilisearch filters', () => {
  it('escapes quotes and backslashes so a value cannot close its string', () => {
    expect(quote('a" OR organisationId EXISTS OR x = "\\')).toBe(
      '"a\\" OR organisationId EXISTS OR x = \\"\\\\"',
    );
  });

  it('always starts with the organisation (its own documents or shared with it), then facets, dates and distance', () => {
    const query = normaliseQuery('vacancies', {
      organisationId,
      filters: {
        kmZero: true,
        contractType: ['A.01.00', 'A.02.00'],
        publishedAt: { from: '1970-01-11', to: '1970-01-12' },
      },
      near: { lat: 45.46, lng: 9.19, radiusKm: 12.5 },
    });
    expect(buildFilter(query)).toEqual([
      `(organisationId = "${organisationId}" OR visibleTo = "${organisationId}")`,
      'kmZero = "true"',
      'contractType IN ["A.01.00", "A.02.00"]',
      'publishedAtDay >= 10',
      'publishedAtDay <= 11',
      '_geoRadius(45.46, 9.19, 12500)',
    ]);
  });
});
