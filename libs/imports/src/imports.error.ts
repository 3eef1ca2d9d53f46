import { DomainError, type FieldProblem } from '#libs/kernel';

export class ImportsError extends DomainError {
  static notFound() {
    return new ImportsError('IMPORT_NOT_FOUND', 404, 'Importazione non trovata.');
  }
  static unsupportedFormat() {
    return new ImportsError(
      'UNSUPPORTED_MEDIA_TYPE',
      415,
      'Carica un file CSV (text/csv) o Excel XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
    );
  }
  static tooLarge(maxMegabytes: number) {
    return new ImportsError(
      'PAYLOAD_TOO_LARGE',
      413,
      `Il file supera i ${maxMegabytes} MB: dividilo in più file.`,
    );
  }
  static unreadable() {
    return new ImportsError(
      'UNREADABLE_FILE',
      400,
      'Il file è vuoto o non si legge: controlla che sia un CSV o un XLSX con la riga delle intestazioni.',
    );
  }
  static invalidMapping(errors: FieldProblem[]) {
    return new ImportsError(
      'VALIDATION_FAILED',
      400,
      'La corrispondenza delle colonne non è valida: correggila e riprova.',
      errors,
    );
  }
  static forbidden() {
    return new ImportsError(
      'FORBIDDEN',
      403,
      'Il tuo ruolo non permette di importare questo tipo di dati.',
    );
  }
  static busy() {
    return new ImportsError(
      'IMPORT_BUSY',
      409,
      "L'importazione è già in coda o in corso: attendi che finisca.",
    );
  }
}
