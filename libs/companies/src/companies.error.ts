import { DomainError, type FieldProblem } from '#libs/platform';

export class CompaniesError extends DomainError {
  static notFound() {
    return new CompaniesError('COMPANY_NOT_FOUND', 404, 'Azienda non trovata.');
  }
  static invalid(errors: FieldProblem[]) {
    return new CompaniesError(
      'VALIDATION_FAILED',
      400,
      'Alcuni campi non sono validi: correggili e riprova.',
      errors,
    );
  }
  static vatNumberTaken() {
    return new CompaniesError(
      'VAT_NUMBER_TAKEN',
      409,
      "Esiste già un'azienda con questa partita IVA (anche tra quelle archiviate).",
    );
  }
  static staleVersion() {
    return new CompaniesError(
      'STALE_VERSION',
      409,
      "Nel frattempo l'azienda è stata modificata da un altro utente: ricaricala e riprova.",
    );
  }
  static archived() {
    return new CompaniesError(
      'COMPANY_ARCHIVED',
      409,
      "L'azienda è archiviata: non si può più modificare né usare per nuove offerte.",
    );
  }
  static siteInUse(siteName: string) {
    return new CompaniesError(
      'SITE_IN_USE',
      409,
      `La sede "${siteName}" è usata da alcune offerte (anche archiviate) e resta nello storico: modificala invece di toglierla.`,
    );
  }
  static hasOpenVacancies(count: number) {
    return new CompaniesError(
      'COMPANY_HAS_OPEN_VACANCIES',
      409,
      `L'azienda ha ${count === 1 ? "un'offerta aperta o in bozza" : `${count} offerte aperte o in bozza`}: chiudile o archiviale prima di archiviare l'azienda.`,
    );
  }
}
