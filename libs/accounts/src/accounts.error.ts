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
  static networkNotFound() {
    return new AccountsError('NETWORK_NOT_FOUND', 404, 'Rete non trovata.');
  }
  static networkNameTaken() {
    return new AccountsError('NETWORK_NAME_TAKEN', 409, 'Esiste già una rete con questo nome.');
  }
  static notNetworkCoordinator() {
    return new AccountsError(
      'NOT_NETWORK_COORDINATOR',
      403,
      "Solo l'amministratore dell'organizzazione che coordina la rete può cambiarne i membri o il coordinatore.",
    );
  }
  static organisationNotFound() {
    return new AccountsError('ORGANISATION_NOT_FOUND', 404, 'Organizzazione non trovata.');
  }
  static coordinatorNotMember() {
    return new AccountsError(
      'COORDINATOR_NOT_MEMBER',
      409,
      "Il coordinatore della rete deve essere un'organizzazione che ne fa parte: aggiungila prima come membro.",
    );
  }
  static cannotRemoveCoordinator() {
    return new AccountsError(
      'CANNOT_REMOVE_COORDINATOR',
      409,
      "L'organizzazione che coordina la rete non può uscirne: nomina prima un altro coordinatore.",
    );
  }
}
