import { Injectable } from '@nestjs/common';
import type { PersonalDataParticipant } from './personal-data.types.js';

/** Every module holding personal data registers here when it starts (see PersonalDataParticipant). */
@Injectable()
export class PersonalDataRegistry {
  private readonly participants: PersonalDataParticipant[] = [];

  register(participant: PersonalDataParticipant): void {
    if (this.participants.some((p) => p.section === participant.section)) return;
    this.participants.push(participant);
  }

  /** Dependents first, the candidate's own record last (it is what the others point at). */
  all(): PersonalDataParticipant[] {
    return [...this.participants].sort(
      (a, b) => Number(a.section === 'candidate') - Number(b.section === 'candidate'),
    );
  }
}
