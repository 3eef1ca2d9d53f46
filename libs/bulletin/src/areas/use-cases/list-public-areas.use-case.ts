import { Injectable } from '@nestjs/common';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** Slugs and names only: what anyone may see to choose what to subscribe to. */
@Injectable()
export class ListPublicAreasUseCase {
  constructor(private readonly areas: BulletinAreasRepository) {}

  async execute(): Promise<Array<{ slug: string; name: string }>> {
    const rows = await this.areas.listAllActive();
    return rows.map((area) => ({ slug: area.slug, name: area.name }));
  }
}
