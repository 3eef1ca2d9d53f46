import { Injectable } from '@nestjs/common';
import { distanceKm } from '#libs/kernel';
import { type MunicipalityEntity, MunicipalitiesService } from '#libs/geo';
import type { FieldProblem } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { CompaniesError } from './companies.error.js';
import type { SiteInput } from './company.input.js';
import { MAX_SITE_DISTANCE_FROM_MUNICIPALITY_KM } from './company.rules.js';
import { CompanyVacancies } from './company-vacancies.port.js';
import type { CompanyEntity } from './entities/company.entity.js';
import { CompanySiteEntity } from './entities/company-site.entity.js';

/** Sites checked against the gazetteer and the company's current sites, ready to be written. */
export interface SitesPlan {
  inputs: SiteInput[];
  municipalities: Map<string, MunicipalityEntity>;
  removed: CompanySiteEntity[];
  legalProvinceCode: string | null;
}

/**
 * Writes a company's list of sites. `prepare` checks everything and writes nothing, so the company
 * row is saved only once the sites are known to be right; `write` then adds, edits and removes.
 */
@Injectable()
export class CompanySitesWriter {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly vacancies: CompanyVacancies,
  ) {}

  async prepare(
    manager: EntityManager,
    inputs: SiteInput[],
    existing: CompanySiteEntity[],
  ): Promise<SitesPlan> {
    const municipalities = await this.municipalities.findByCodes(
      inputs.map((site) => site.municipalityCode),
    );
    const problems: FieldProblem[] = [];
    inputs.forEach((site, index) => {
      const field = `sites[${index}]`;
      if (site.id !== undefined && !existing.some((current) => current.id === site.id)) {
        problems.push({ field: `${field}.id`, message: 'sede non trovata per questa azienda' });
      }
      const municipality = municipalities.get(site.municipalityCode);
      if (!municipality) {
        problems.push({
          field: `${field}.municipalityCode`,
          message: 'comune sconosciuto (usa il codice ISTAT)',
        });
      } else if (
        site.lat != null &&
        site.lng != null &&
        distanceKm({ lat: site.lat, lng: site.lng }, municipality) >
          MAX_SITE_DISTANCE_FROM_MUNICIPALITY_KM
      ) {
        problems.push({
          field: `${field}.lat`,
          message: `le coordinate sono a più di ${MAX_SITE_DISTANCE_FROM_MUNICIPALITY_KM} km da ${municipality.name}: controlla latitudine e longitudine`,
        });
      }
    });
    if (problems.length > 0) throw CompaniesError.invalid(problems);

    const kept = new Set(inputs.map((site) => site.id));
    const removed = existing.filter((site) => !kept.has(site.id));
    const used = await this.vacancies.sitesInUse(
      manager,
      removed.map((site) => site.id),
    );
    const blocking = removed.find((site) => used.has(site.id));
    if (blocking) throw CompaniesError.siteInUse(blocking.name);

    const legalSeat = inputs.find((site) => site.legalSeat);
    return {
      inputs,
      municipalities,
      removed,
      legalProvinceCode: legalSeat
        ? (municipalities.get(legalSeat.municipalityCode)?.provinceCode ?? null)
        : null,
    };
  }

  async write(
    manager: EntityManager,
    company: CompanyEntity,
    plan: SitesPlan,
    existing: CompanySiteEntity[],
  ): Promise<CompanySiteEntity[]> {
    if (plan.removed.length > 0) await manager.remove(plan.removed);
    const saved: CompanySiteEntity[] = [];
    for (const input of plan.inputs) {
      // Matched by id only when one is given: TypeORM clears the id of the entities it removed.
      const current =
        input.id === undefined ? undefined : existing.find((site) => site.id === input.id);
      const municipality = plan.municipalities.get(input.municipalityCode)!;
      const site =
        current ??
        manager.create(CompanySiteEntity, {
          companyId: company.id,
          organisationId: company.organisationId,
        });
      const before = current && {
        code: current.municipalityCode,
        lat: current.lat,
        lng: current.lng,
      };
      const keepPlace = current?.municipalityCode === input.municipalityCode;
      site.name = input.name?.trim() || current?.name || defaultSiteName(input, municipality);
      site.address = input.address.trim();
      site.municipalityCode = input.municipalityCode;
      site.lat = input.lat ?? (keepPlace ? site.lat : municipality.lat);
      site.lng = input.lng ?? (keepPlace ? site.lng : municipality.lng);
      site.legalSeat = input.legalSeat ?? false;
      saved.push(await manager.save(site));
      if (
        before &&
        (before.code !== site.municipalityCode ||
          before.lat !== site.lat ||
          before.lng !== site.lng)
      ) {
        await this.vacancies.followMovedSite(manager, company.organisationId, site);
      }
    }
    return saved;
  }
}

function defaultSiteName(site: SiteInput, municipality: MunicipalityEntity): string {
  return site.legalSeat ? 'Sede legale' : `Sede di ${municipality.name}`;
}
