import { Injectable } from '@nestjs/common';
import { BulletinAreasRepository } from '../../areas/bulletin-areas.repository.js';
import { BulletinError } from '../../domain/bulletin.error.js';
import { SECTION_CODES, type SectionCode } from '../../domain/edition-sections.js';
import { CURRENT_CONSENT_VERSION } from '../consent-text.js';
import { SubscriptionRequests } from '../subscription-request.js';

export interface PublicSubscriptionInput {
  email: string;
  /** Area slugs, as in the public page addresses. */
  areas: string[];
  sections?: SectionCode[];
  /** The box the reader ticked; without it nothing is stored. */
  consent: boolean;
  /** The version of the consent text the form showed; the current one when omitted. */
  consentTextVersion?: string;
}

/** The public form: double opt-in, and the same answer whether or not the address is known. */
@Injectable()
export class RequestSubscriptionUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly requests: SubscriptionRequests,
  ) {}

  async execute(input: PublicSubscriptionInput, ip: string | null): Promise<void> {
    if (input.consent !== true) {
      throw new BulletinError(
        'CONSENT_REQUIRED',
        'Per iscriverti devi acconsentire a ricevere il bollettino.',
      );
    }
    if (
      input.consentTextVersion !== undefined &&
      input.consentTextVersion !== CURRENT_CONSENT_VERSION
    ) {
      throw new BulletinError(
        'CONSENT_REQUIRED',
        'Il testo del consenso è stato aggiornato: ricarica la pagina e rileggilo prima di iscriverti.',
      );
    }
    const slugs = [...new Set(input.areas)];
    const areas = await this.areas.findActiveBySlugs(slugs);
    if (areas.length !== slugs.length) {
      throw new BulletinError(
        'NOT_FOUND',
        'Una delle aree indicate non esiste o non è più attiva.',
      );
    }
    const organisations = new Set(areas.map((area) => area.organisationId));
    if (organisations.size !== 1) {
      throw new BulletinError(
        'AREAS_OF_DIFFERENT_ORGANISATIONS',
        'Le aree scelte sono curate da redazioni diverse: iscriviti a ciascuna separatamente.',
      );
    }
    const sections = SECTION_CODES.filter((code) =>
      (input.sections ?? SECTION_CODES).includes(code),
    );
    await this.requests.request(
      {
        organisationId: areas[0].organisationId,
        email: input.email,
        choice: {
          areaIds: areas.map((area) => area.id),
          sections,
          requestedAt: new Date().toISOString(),
          ip,
          textVersion: CURRENT_CONSENT_VERSION,
          method: 'DOUBLE_OPT_IN_WEB',
          candidateId: null,
        },
      },
      sections,
    );
  }
}
