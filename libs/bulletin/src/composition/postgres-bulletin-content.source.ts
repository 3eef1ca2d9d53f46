import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dayInRome } from '#libs/kernel';
import { DataSource } from 'typeorm';
import type { FetchedItems } from '../domain/edition-composer.js';
import type { OfferItem } from '../domain/edition-items.js';
import {
  type ContentRow,
  toCourseItem,
  toLanguageCourseItem,
  toPolicyItem,
  toServiceItem,
} from '../contents/content-item.mapper.js';
import { CONTENT_SECTIONS, type ContentKind } from '../contents/content-kinds.types.js';
import { BulletinContentSource, type ContentQuery } from './bulletin-content.source.js';
import { type OfferRow, toOfferItem } from './offer-row.mapper.js';
import {
  EDITION_CONTENTS_SQL,
  HISTORICAL_OFFERS_SQL,
  OFFERS_SQL,
} from './postgres-bulletin-content.sql.js';

/** Reads the entries of an edition from the vacancies and bulletin_contents tables. */
@Injectable()
export class PostgresBulletinContentSource extends BulletinContentSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async fetch(query: ContentQuery): Promise<FetchedItems> {
    const wanted = new Set(query.sections);
    const [openMarket, kmZero, contents] = await Promise.all([
      wanted.has('OPEN_MARKET') ? this.offers(query, false) : [],
      wanted.has('KM_ZERO') ? this.offers(query, true) : [],
      this.contents(query),
    ]);
    const ofKind = (kind: ContentKind) =>
      wanted.has(CONTENT_SECTIONS[kind]) ? contents.filter((row) => row.kind === kind) : [];
    return {
      OPEN_MARKET: openMarket,
      KM_ZERO: kmZero,
      TRAINING: ofKind('TRAINING').map(toCourseItem),
      ACTIVE_POLICIES: ofKind('ACTIVE_POLICY').map(toPolicyItem),
      ITALIAN_COURSES: ofKind('ITALIAN_COURSE').map(toLanguageCourseItem),
      USEFUL_SERVICES: ofKind('USEFUL_SERVICE').map(toServiceItem),
    };
  }

  private async offers(query: ContentQuery, kmZero: boolean): Promise<OfferItem[]> {
    const { area } = query;
    const limit = kmZero ? query.limits.KM_ZERO : query.limits.OPEN_MARKET;
    // Reposts and expiring entries are dropped by the composer: fetch a margin beyond the limit.
    const historical = query.historical ? [query.now] : [];
    const sql = query.historical ? HISTORICAL_OFFERS_SQL : OFFERS_SQL;
    const rows: OfferRow[] = await this.dataSource.query(sql, [
      area.organisationId,
      kmZero,
      dayInRome(query.now),
      kmZero ? null : dayInRome(query.newOffersSince),
      area.municipalityCodes,
      area.centreLat,
      area.centreLng,
      area.radiusKm,
      limit * 3 + 10,
      dayInRome(query.openAt),
      ...historical,
    ]);
    return rows.map(toOfferItem);
  }

  private contents(query: ContentQuery): Promise<ContentRow[]> {
    return this.dataSource.query(EDITION_CONTENTS_SQL, [
      query.area.organisationId,
      query.area.id,
      dayInRome(query.openAt),
      query.historical ? query.now : null,
    ]);
  }
}
