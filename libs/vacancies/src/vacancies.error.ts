import { DomainError, type FieldProblem } from '#libs/platform';
import { VACANCY_STATUS_LABELS, type VacancyStatus } from './vacancy-status.rules.js';

export class VacanciesError extends DomainError {
  static notFound() {
    return new VacanciesError('VACANCY_NOT_FOUND', 404, 'Offerta non trovata.');
  }
  static notPublisher() {
    return new VacanciesError(
      'NOT_VACANCY_PUBLISHER',
      403,
      "Solo l'organizzazione che ha pubblicato l'offerta può condividerla in una rete o ritirarla.",
    );
  }
  static networkNotFound() {
    return new VacanciesError(
      'NETWORK_NOT_FOUND',
      404,
      'Rete non trovata tra quelle di cui la tua organizzazione fa parte.',
    );
  }
  static invalid(errors: FieldProblem[]) {
    return new VacanciesError(
      'VALIDATION_FAILED',
      400,
      'Alcuni campi non sono validi: correggili e riprova.',
      errors,
    );
  }
  static staleVersion() {
    return new VacanciesError(
      'STALE_VERSION',
      409,
      "Nel frattempo l'offerta è stata modificata da un altro utente: ricaricala e riprova.",
    );
  }
  static archived() {
    return new VacanciesError(
      'VACANCY_ARCHIVED',
      409,
      "L'offerta è archiviata: non si può più modificare.",
    );
  }
  static statusChange(from: VacancyStatus, to: VacancyStatus) {
    return new VacanciesError(
      'INVALID_STATUS_CHANGE',
      409,
      `Un'offerta nello stato "${VACANCY_STATUS_LABELS[from]}" non può passare a "${VACANCY_STATUS_LABELS[to]}".`,
    );
  }
}
