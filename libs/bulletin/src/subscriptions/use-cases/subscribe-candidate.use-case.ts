import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinAreasRepository } from '../../areas/bulletin-areas.repository.js';
import { BulletinError } from '../../domain/bulletin.error.js';
import { SECTION_CODES, type SectionCode } from '../../domain/edition-sections.js';
import { BulletinSubscribersRepository } from '../bulletin-subscribers.repository.js';
import { CURRENT_CONSENT_VERSION } from '../consent-text.js';
import { SubscriptionRequests } from '../subscription-request.js';

/**
 * Staff subscribe a person in charge who gave the bulletin consent on their record: the copy they
 * receive then carries their own best matches. The person still confirms from their mailbox.
 */
@Injectable()
export class SubscribeCandidateUseCase {
  constructor(
    private readonly subscribers: BulletinSubscribersRepository,
    private readonly areas: BulletinAreasRepository,
    private readonly requests: SubscriptionRequests,
  ) {}

  async execute(
    actor: Actor,
    input: { candidateId: string; areaIds: string[]; sections?: SectionCode[] },
  ): Promise<void> {
    const candidate = await this.subscribers.candidateConsent(
      actor.organisationId,
      input.candidateId,
    );
    const onCase =
      actor.role === 'coordinator' || candidate?.assignedTutorIds.includes(actor.userId);
    if (!candidate || !onCase) throw BulletinError.notFound('Persona');
    if (candidate.bulletin !== true) {
      throw new BulletinError(
        'NO_BULLETIN_CONSENT',
        'La persona non ha dato il consenso a ricevere il bollettino: registralo nella sua scheda.',
      );
    }
    if (!candidate.email) {
      throw new BulletinError(
        'CANDIDATE_WITHOUT_EMAIL',
        'Nella scheda della persona manca l’indirizzo e-mail.',
      );
    }
    const areaIds = [...new Set(input.areaIds)];
    const areas = await this.areas.listForOrganisation(actor.organisationId, areaIds);
    if (areas.length !== areaIds.length || areas.some((area) => area.archivedAt !== null)) {
      throw BulletinError.notFound('Area');
    }
    const sections = SECTION_CODES.filter((code) =>
      (input.sections ?? SECTION_CODES).includes(code),
    );
    await this.requests.request(
      {
        organisationId: actor.organisationId,
        email: candidate.email,
        choice: {
          areaIds,
          sections,
          requestedAt: new Date().toISOString(),
          ip: actor.ip ?? null,
          textVersion: CURRENT_CONSENT_VERSION,
          method: 'DOUBLE_OPT_IN_STAFF',
          candidateId: input.candidateId,
        },
      },
      sections,
    );
  }
}
