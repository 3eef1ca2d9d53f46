import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MunicipalitiesService } from '#libs/geo';
import { type Actor, CurrentActor, InvalidInputError, Roles } from '#libs/platform';
import { type SearchIndexName, SearchPort, type SearchQuery } from '#libs/search';
import {
  CandidateSearchQuery,
  CompanySearchQuery,
  CourseSearchQuery,
  type SearchQueryBase,
  VacancySearchQuery,
} from './search.query.js';

const STAFF = ['coordinator', 'tutor', 'consultant', 'admin'] as const;

/** The filters named `keys`, as the query gives them. */
function pick<Q, K extends keyof Q>(query: Q, keys: readonly K[]): Pick<Q, K> {
  return Object.fromEntries(keys.map((key) => [key, query[key]])) as Pick<Q, K>;
}

/** A range of days that starts on `day`, if given. */
function from(day: string | undefined): { from: string } | undefined {
  return day ? { from: day } : undefined;
}

/**
 * Full-text search with typos, accents, synonyms, facets and distance, always within the actor's
 * organisation. Candidates' documents never hold special-category data.
 */
@ApiTags('ricerca')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(
    private readonly search: SearchPort,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  @Get('vacancies')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Offerte aperte: testo, filtri, faccette, distanza' })
  async vacancies(@CurrentActor() actor: Actor, @Query() query: VacancySearchQuery) {
    return this.run(actor, 'vacancies', query, {
      ...pick(query, [
        'contractType',
        'kmZero',
        'reservedL68',
        'minItalianLevel',
        'municipalityCode',
        'provinceCode',
        'occupationCode',
      ]),
      publishedAt: from(query.publishedFrom),
    });
  }

  @Get('companies')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Aziende: nome, settore ATECO, comune, stato rispetto alla L. 68/1999' })
  companies(@CurrentActor() actor: Actor, @Query() query: CompanySearchQuery) {
    return this.run(
      actor,
      'companies',
      query,
      pick(query, ['l68Status', 'kmZero', 'provinceCode', 'municipalityCode']),
    );
  }

  @Get('courses')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Corsi, politiche attive, corsi di italiano e servizi utili' })
  courses(@CurrentActor() actor: Actor, @Query() query: CourseSearchQuery) {
    return this.run(actor, 'courses', query, {
      ...pick(query, ['kind', 'cefrLevel', 'municipalityCode']),
      startsOn: from(query.startsFrom),
    });
  }

  @Get('candidates')
  @Roles('coordinator', 'tutor', 'consultant')
  @ApiOperation({ summary: "Persone in carico all'organizzazione (senza dati sensibili)" })
  candidates(@CurrentActor() actor: Actor, @Query() query: CandidateSearchQuery) {
    return this.run(actor, 'candidates', query, pick(query, ['italianLevel', 'municipalityCode']));
  }

  private async run<I extends SearchIndexName>(
    actor: Actor,
    index: I,
    query: SearchQueryBase,
    filters: Record<string, unknown>,
  ) {
    const defined = Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined),
    );
    return this.search.search(index, {
      organisationId: actor.organisationId,
      q: query.q,
      filters: defined,
      facets: query.facets,
      near: await this.near(query),
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    } as SearchQuery<I>);
  }

  /** A point given by coordinates or by a municipality's centre; the radius needs one of them. */
  private async near(query: SearchQueryBase) {
    const hasPoint = query.lat !== undefined || query.lng !== undefined;
    if (query.radiusKm === undefined) {
      if (hasPoint || query.near)
        throw new InvalidInputError([{ field: 'radiusKm', message: 'indica il raggio in km' }]);
      return undefined;
    }
    if (query.near) {
      const municipality = await this.municipalities.findByCode(query.near);
      if (!municipality)
        throw new InvalidInputError([{ field: 'near', message: 'comune sconosciuto' }]);
      return { lat: municipality.lat, lng: municipality.lng, radiusKm: query.radiusKm };
    }
    if (query.lat === undefined || query.lng === undefined) {
      throw new InvalidInputError([
        { field: 'lat', message: 'indica latitudine e longitudine, oppure un comune (near)' },
      ]);
    }
    return { lat: query.lat, lng: query.lng, radiusKm: query.radiusKm };
  }
}
