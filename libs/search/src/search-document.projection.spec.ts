import { facetValue, projectDocument, sortKey } from './search-document.projection.js';
import type { CandidateDocument, VacancyDocument } from './search-documents.types.js';

const candidate = {
  id: 'A1B2C3D4-0000-4000-8000-000000000001',
  organisationId: 'A1B2C3D4-0000-4000-8000-000000000002',
  fullName: 'Àlvaro Núñez',
  municipalityCode: '015146',
  municipalityName: 'Milano',
  italianLevel: 'A2',
  skills: ['stiro'],
  occupations: ['Colf'],
} satisfies CandidateDocument;

describe('document projection', () => {
  it('keeps only the declared fields, whatever else the caller passed', () => {
    const leaky = { ...candidate, healthNotes: 'riservato', targetGroups: ['ASYLUM'] };
    const projected = projectDocument('candidates', leaky as CandidateDocument);
    expect(projected).not.toHaveProperty('healthNotes');
    expect(projected).not.toHaveProperty('targetGroups');
    expect(projected.id).toBe(candidate.id.toLowerCase());
  });

  it('sorts names without accents or case, and dates as they are', () => {
    expect(sortKey('candidates', candidate)).toBe('alvaro nunez');
    expect(sortKey('vacancies', { publishedAt: '2025-03-01' } as VacancyDocument)).toBe(
      '2025-03-01',
    );
  });

  it('gives facet values as text, and none for empty ones', () => {
    const vacancy = { contractType: 'A.01.00', kmZero: false, reservedL68: null, status: '' };
    expect(facetValue(vacancy, 'contractType')).toBe('A.01.00');
    expect(facetValue(vacancy, 'kmZero')).toBe('false');
    expect(facetValue(vacancy, 'reservedL68')).toBeNull();
    expect(facetValue(vacancy, 'status')).toBeNull();
  });
});
