import { DomainError } from '#libs/kernel';

export class PrivacyError extends DomainError {
  static notAllowed() {
    return new PrivacyError(
      'NOT_ON_CASE',
      403,
      'Solo i coordinatori e i tutor assegnati possono esportare i dati di una persona.',
    );
  }
  static alreadyErased() {
    return new PrivacyError(
      'ALREADY_ERASED',
      409,
      'I dati di questa persona sono già stati cancellati.',
    );
  }
}
