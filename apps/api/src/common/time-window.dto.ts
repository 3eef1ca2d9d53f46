import { ApiProperty } from '@nestjs/swagger';
import { toMinutes, type TimeWindow, type Weekday } from '#libs/kernel';
import {
  IsInt,
  Matches,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

const CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** `end` must come after `start` on the same day; a night across midnight is two windows. */
function EndsAfterStart() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'endsAfterStart',
      target: target.constructor,
      propertyName,
      options: {
        message:
          "l'orario di fine deve essere successivo a quello di inizio (per la notte usa due fasce: 22:00-24:00 e 00:00-06:00)",
      },
      validator: {
        validate(end: unknown, args: ValidationArguments) {
          const { start } = args.object as { start?: unknown };
          if (
            typeof end !== 'string' ||
            typeof start !== 'string' ||
            !CLOCK.test(end) ||
            !CLOCK.test(start)
          )
            return true;
          return toMinutes(end) > toMinutes(start);
        },
      },
    });
}

/** A weekly time window: an availability of a candidate or a shift of a vacancy. */
export class TimeWindowDto implements TimeWindow {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 7,
    description: '1 = lunedì ... 7 = domenica',
  })
  @IsInt()
  @Min(1)
  @Max(7)
  day: Weekday;

  @ApiProperty({ example: '08:30' })
  @Matches(CLOCK, { message: 'orario nel formato HH:MM' })
  start: string;

  @ApiProperty({ example: '16:00' })
  @Matches(CLOCK, { message: 'orario nel formato HH:MM (24:00 per la mezzanotte)' })
  @EndsAfterStart()
  end: string;
}
