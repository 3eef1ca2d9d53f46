import type { Hit } from 'meilisearch';
import { MATCH_END, MATCH_START } from '../matched-terms.js';
import type { CourseDocument } from '../search-documents.types.js';
import { fromMeiliHit, toMeiliDocument } from './meilisearch-documents.js';

const course: CourseDocument = {
  id: '5f0c2a34-0000-4000-8000-000000000001',
  organisationId: '5f0c2a34-0000-4000-8000-000000000002',
  kind: 'ITALIAN_COURSE',
  title: 'Italiano per il lavoro',
  description: 'Corso serale',
  provider: 'CPIA 5',
  municipalityCode: '015146',
  municipalityName: 'Milano',
  cefrLevel: 'A2',
  startsOn: '1970-01-03',
  endsOn: null,
  location: { lat: 45.46, lng: 9.19 },
};

describe('Meilisearch documents', () => {
  it('adds the position, the sort key and dates as day numbers', () => {
    expect(toMeiliDocument('courses', course)).toMatchObject({
      _geo: { lat: 45.46, lng: 9.19 },
      sortKey: '1970-01-03',
      startsOnDay: 2,
      endsOnDay: null,
    });
  });

  it('keeps the organisations a document is shared with for the filter, never in a hit', () => {
    const shared = { ...course, visibleTo: ['5F0C2A34-0000-4000-8000-000000000003'] };
    const stored = toMeiliDocument('courses', shared);
    expect(stored.visibleTo).toEqual(['5f0c2a34-0000-4000-8000-000000000003']);
    const { document } = fromMeiliHit('courses', stored as unknown as Hit<Record<string, unknown>>);
    expect(document).toEqual(course);
  });

  it('returns the document without the fields it added, and the matched words', () => {
    const raw = {
      ...toMeiliDocument('courses', course),
      _formatted: { title: `${MATCH_START}Italiano${MATCH_END} per il lavoro` },
    } as unknown as Hit<Record<string, unknown>>;
    const { document, matchedTerms } = fromMeiliHit('courses', raw);
    expect(document).toEqual(course);
    expect(matchedTerms).toEqual(['italiano']);
  });
});
