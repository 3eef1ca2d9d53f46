import type { Settings } from 'meilisearch';
import { desiredSettings, settingsToUpdate } from './meilisearch-settings.js';

describe('Meilisearch settings', () => {
  const desired = desiredSettings('vacancies');

  it('declares Italian analysis, facets, dates, sorting and position', () => {
    expect(desired.filterableAttributes).toEqual(
      expect.arrayContaining([
        'organisationId',
        'visibleTo',
        'contractType',
        'kmZero',
        'publishedAtDay',
        '_geo',
      ]),
    );
    expect(desired.sortableAttributes).toEqual(['sortKey', '_geo']);
    expect(desired.synonyms?.badante).toEqual(expect.arrayContaining(['assistente familiare']));
    expect(desired.synonyms?.operai).toEqual(['operaio', 'operaia', 'operaie']);
    expect(desired.synonyms?.cassiere).toEqual(
      expect.arrayContaining(['cassiera', 'cassieri', 'addetto cassa']),
    );
    expect(desired.synonyms?.cassiere).not.toContain('casse');
    expect(desired.stopWords).toEqual([]);
    expect(desired.rankingRules?.slice(-2)).toEqual(['sortKey:desc', 'id:asc']);
    expect(desiredSettings('companies').rankingRules?.slice(-2)).toEqual(['sortKey:asc', 'id:asc']);
    expect(desired.localizedAttributes?.[0].locales).toEqual(['ita']);
  });

  it('sends nothing when the server already has the same settings in another order', () => {
    const server = JSON.parse(JSON.stringify(desired)) as Settings;
    server.stopWords = [...(server.stopWords ?? [])].reverse();
    server.filterableAttributes = [...(server.filterableAttributes ?? [])].reverse();
    server.synonyms = Object.fromEntries(
      Object.entries(server.synonyms ?? {}).map(([word, list]) => [word, [...list].reverse()]),
    );
    server.typoTolerance = { ...server.typoTolerance, disableOnWords: [], disableOnAttributes: [] };
    server.faceting = { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'alpha' } };
    expect(settingsToUpdate(desired, server)).toEqual({});
  });

  it('sends only the settings that differ, ranking order included', () => {
    const server = JSON.parse(JSON.stringify(desired)) as Settings;
    server.rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
    server.typoTolerance = { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } };
    expect(Object.keys(settingsToUpdate(desired, server)).sort()).toEqual([
      'rankingRules',
      'typoTolerance',
    ]);
    expect(Object.keys(settingsToUpdate(desired, {})).length).toBe(Object.keys(desired).length);
  });
});
