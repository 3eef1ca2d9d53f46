import { MailDeliveryError, withoutAddresses } from './outgoing-mail.js';

interface SmtpErrorFields {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** The envelope or the message was refused: something about this recipient, not about the server. */
const REFUSAL_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Sorts an SMTP failure. A 5xx reply to MAIL FROM, RCPT TO or the data is a permanent refusal of
 * this recipient (503, a bad sequence of commands, is not); a 5xx to EHLO or AUTH is a problem of
 * our configuration and must not be held against the subscriber. Once the end of the data has been
 * sent, only a reply tells what happened: without one the outcome is uncertain.
 */
export function classifySmtpFailure(error: unknown, dataEndSent: boolean): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? error : {};
  const code = fields.responseCode;
  const response = withoutAddresses(fields.response);
  const summary = `${fields.code ?? 'ERROR'}${code ? ` ${code}` : ''}`;
  if (code === undefined && dataEndSent) {
    return new MailDeliveryError(
      'UNCERTAIN',
      `nessuna risposta dopo la fine dei dati (${summary})`,
    );
  }
  const refused = fields.code !== undefined && REFUSAL_CODES.has(fields.code);
  if (refused && code !== undefined && code >= 500 && code < 600 && code !== 503) {
    return new MailDeliveryError('PERMANENT', `rifiuto definitivo (${summary})`, code, response);
  }
  if (refused && code === undefined && fields.code === 'EENVELOPE') {
    // No reply at all: nodemailer refused the address itself (malformed, no recipients).
    return new MailDeliveryError('PERMANENT', `indirizzo non utilizzabile (${summary})`);
  }
  return new MailDeliveryError('TEMPORARY', `errore temporaneo (${summary})`, code, response);
}
