import { DomainError } from '#libs/platform';

export class AccountsError extends DomainError {
  static loginFailed() {
    return new AccountsError(
      'LOGIN_FAILED',
      401,
      'Credenziali non valide, oppure account temporaneamente bloccato dopo troppi tentativi.',
    );
  }
  static emailTaken() {
    return new AccountsError(
      'EMAIL_TAKEN',
      409,
      'Esiste già un utente con questo indirizzo e-mail.',
    );
  }
  static userNotFound() {
    return new AccountsError('USER_NOT_FOUND', 404, 'Utente non trovato.');
  }
  static cannotDemoteSelf() {
    return new AccountsError(
      'CANNOT_CHANGE_OWN_ROLE',
      409,
      'Non puoi cambiare il tuo stesso ruolo.',
    );
  }
  static sessionRevoked() {
    return new AccountsError(
      'SESSION_REVOKED',
      401,
      'La sessione è scaduta o è stata chiusa: effettua di nuovo il login.',
    );
  }
}
