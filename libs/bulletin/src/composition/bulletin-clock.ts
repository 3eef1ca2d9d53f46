import { Injectable } from '@nestjs/common';

/** The time composition runs at; tests replace it to compose any week as if it were that Monday. */
@Injectable()
export class BulletinClock {
  now(): Date {
    return new Date();
  }
}
