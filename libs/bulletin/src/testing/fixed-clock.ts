import { BulletinClock } from '../composition/bulletin-clock.js';

/** A clock the test moves by hand. */
export class FixedClock extends BulletinClock {
  constructor(private instant: Date) {
    super();
  }
  override now(): Date {
    return new Date(this.instant.getTime());
  }
  set(instant: Date): void {
    this.instant = instant;
  }
}
