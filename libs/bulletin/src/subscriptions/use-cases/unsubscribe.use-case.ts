import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ConsentMethod, recordConsentEvent } from '../consent-events.writer.js';
import { ManagedSubscriptionReader } from '../managed-subscription.reader.js';

/** RFC 8058 one-click and the unsubscribe page. Unsubscribing twice is not an error. */
@Injectable()
export class UnsubscribeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managed: ManagedSubscriptionReader,
  ) {}

  async execute(token: string, method: ConsentMethod, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const subscriber = await this.managed.subscriber(manager, token);
      if (subscriber.status === 'UNSUBSCRIBED') return;
      subscriber.status = 'UNSUBSCRIBED';
      subscriber.unsubscribedAt = new Date();
      subscriber.pendingChoice = null;
      await manager.save(subscriber);
      await recordConsentEvent(manager, {
        subscriberId: subscriber.id,
        organisationId: subscriber.organisationId,
        event: 'UNSUBSCRIBED',
        method,
        ip,
      });
    });
  }
}
