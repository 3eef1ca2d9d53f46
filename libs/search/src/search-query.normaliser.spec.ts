import { asOrganisationId } from '#libs/platform';
import { normaliseQuery } from './search-query.normaliser.js';
import type { SearchQuery } from './search-query.types.js';

const organisationId = asOrganisationId('7E6B5A4C-1111-4111-8111-111111111111');

describe('normaliseQuery', () => {
  it('fills in defaults and flattens filters', () => {
    const query = normaliseQuery('vacancies', {
      organisationId,
      q: '  cameriere ',
      filters: {
        kmZero: true,
        contractType: ['A.01.00', 'A.02.00'],
        publishedAt: { from: '2025-01-01' },
      },
    });
    expect(query).toMatchObject({
      organisationId: organisationId.toLowerCase(),
      text: 'cameriere',
      valueFilters: [
        { field: 'kmZero', values: ['true'] },
        { field: 'contractType', values: ['A.01.00', 'A.02.00'] },
      ],
      rangeFilters: [{ field: 'publishedAt', from: '2025-01-01' }],
      sort: { kind: 'relevance' },
      page: 1,
      pageSize: 20,
      matchesNothing: false,
    });
  });

  it('knows that an empty list of values matches nothing', () => {
    expect(
      normaliseQuery('vacancies', { organisationId, filters: { contractType: [] } }).matchesNothing,
    ).toBe(true);
  });

  it.each([
    ['no organisation', { organisationId: '' }, 'organisationId'],
    ['a filter the index does not have', { filters: { healthNotes: 'x' } }, 'filters.healthNotes'],
    ['a facet the index does not have', { facets: ['targetGroups'] }, 'facets'],
    [
      'a malformed date',
      { filters: { publishedAt: { from: '01/02/2025' } } },
      'filters.publishedAt.from',
    ],
    [
      'a day that does not exist',
      { filters: { publishedAt: { to: '2025-02-30' } } },
      'filters.publishedAt.to',
    ],
    ['distance sort without a point', { sort: 'distance' }, 'sort'],
    ['a sort the index does not have', { sort: 'name:asc' }, 'sort'],
    ['a radius out of range', { near: { lat: 45, lng: 9, radiusKm: 0 } }, 'near'],
    ['a page too deep', { page: 600, pageSize: 20 }, 'page'],
    ['a page too large', { pageSize: 101 }, 'pageSize'],
  ])('rejects %s', (_label, overrides, field) => {
    const query = { organisationId, ...overrides } as unknown as SearchQuery<'vacancies'>;
    expect(() => normaliseQuery('vacancies', query)).toThrow(
      expect.objectContaining({
        code: 'SEARCH_INVALID_QUERY',
        errors: [expect.objectContaining({ field })],
      }),
    );
  });

  it('refuses distance on an index without positions', () => {
    expect(() =>
      normaliseQuery('candidates', { organisationId, near: { lat: 45, lng: 9, radiusKm: 5 } }),
    ).toThrow(expect.objectContaining({ code: 'SEARCH_INVALID_QUERY' }));
  });
});
