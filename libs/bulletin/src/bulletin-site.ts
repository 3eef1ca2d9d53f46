import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import type { SiteConfig } from './rendering/bulletin-links.js';

/** Where the public addresses of the bulletin live, from PUBLIC_BASE_URL. */
export const SUBSCRIPTIONS_PATH = '/api/bulletin/subscriptions';

@Injectable()
export class BulletinSite {
  /** The site of the public pages: /bollettino/{area}/{week}. */
  readonly pages: SiteConfig;
  /** The base of a recipient's links: …/unsubscribe?token=…, …/preferences?token=…. */
  readonly subscriptions: SiteConfig;

  constructor(config: AppConfig) {
    const base = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
    this.pages = { siteUrl: base };
    this.subscriptions = { siteUrl: `${base}${SUBSCRIPTIONS_PATH}` };
  }

  confirmUrl(token: string): string {
    const url = new URL(`${this.subscriptions.siteUrl}/confirm`);
    url.searchParams.set('token', token);
    return url.href;
  }
}
