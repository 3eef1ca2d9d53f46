import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ManagedSubscriptionReader,
  type SubscriptionView,
} from '../managed-subscription.reader.js';

/** The choices behind the link of a copy: which areas and sections, and whether still subscribed. */
@Injectable()
export class ViewSubscriptionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managed: ManagedSubscriptionReader,
  ) {}

  execute(token: string): Promise<SubscriptionView> {
    return this.dataSource.transaction(async (manager) =>
      this.managed.view(manager, await this.managed.subscriber(manager, token)),
    );
  }
}
