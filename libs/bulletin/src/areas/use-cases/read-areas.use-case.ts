import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import type { AreaView } from '../area.input.js';
import { toAreaView } from '../area.view.js';
import { BulletinAreasRepository } from '../bulletin-areas.repository.js';

/** The organisation's areas (a handful: no pagination), and the public list for the sign-up form. */
@Injectable()
export class ReadAreasUseCase {
  constructor(private readonly areas: BulletinAreasRepository) {}

  async list(actor: Actor, archived = false): Promise<AreaView[]> {
    const rows = await this.areas.list(actor.organisationId, archived);
    return rows.map(toAreaView);
  }

  async get(actor: Actor, id: string): Promise<AreaView> {
    return toAreaView(await this.areas.get(actor.organisationId, id));
  }

  /** Slugs and names only: what anyone may see to choose what to subscribe to. */
  async listPublic(): Promise<Array<{ slug: string; name: string }>> {
    const rows = await this.areas.listAllActive();
    return rows.map((area) => ({ slug: area.slug, name: area.name }));
  }
}
