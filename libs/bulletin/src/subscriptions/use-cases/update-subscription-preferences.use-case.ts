import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BulletinError } from '../../domain/bulletin.error.js';
import { SECTION_CODES, type SectionCode } from '../../domain/edition-sections.js';
import { recordConsentEvent } from '../consent-events.writer.js';
import {
  ManagedSubscriptionReader,
  type SubscriptionView,
} from '../managed-subscription.reader.js';

/** Changes the areas and sections a subscriber receives: at least one of each. */
@Injectable()
export class UpdateSubscriptionPreferencesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managed: ManagedSubscriptionReader,
  ) {}

  async execute(
    token: string,
    choice: { areaIds: string[]; sections: SectionCode[] },
    ip: string | null,
  ): Promise<SubscriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const subscriber = await this.managed.subscriber(manager, token);
      const areas = await this.managed.areasOf(manager, subscriber.organisationId);
      const allowed = new Set(areas.map((area) => area.id));
      const areaIds = [...new Set(choice.areaIds)].filter((id) => allowed.has(id));
      const sections = SECTION_CODES.filter((code) => choice.sections.includes(code));
      if (areaIds.length === 0 || sections.length === 0) {
        throw new BulletinError(
          'INVALID_CONTENT',
          'Scegli almeno un’area e una sezione, oppure annulla l’iscrizione.',
        );
      }
      subscriber.areaIds = areaIds;
      subscriber.sections = sections;
      await manager.save(subscriber);
      await recordConsentEvent(manager, {
        subscriberId: subscriber.id,
        organisationId: subscriber.organisationId,
        event: 'PREFERENCES_CHANGED',
        method: 'PREFERENCES_PAGE',
        ip,
        details: { areaIds, sections },
      });
      return this.managed.view(manager, subscriber);
    });
  }
}
