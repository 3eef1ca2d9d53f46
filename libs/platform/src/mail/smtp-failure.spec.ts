import { MailDeliveryError, withoutAddresses } from './outgoing-mail.js';
import { classifySmtpFailure } from './smtp-failure.js';

describe('classifySmtpFailure', () => {
  const smtpError = (code: string, responseCode?: number, response?: string) =>
    Object.assign(new Error('failed'), { code, responseCode, response });

  it.each([
    [
      'a refused recipient',
      smtpError('EENVELOPE', 550, '550 5.1.1 <anna@example.org>: no such user'),
      'PERMANENT',
    ],
    ['a refused message', smtpError('EMESSAGE', 554, '554 rejected'), 'PERMANENT'],
    ['a full mailbox', smtpError('EENVELOPE', 452, '452 mailbox full'), 'TEMPORARY'],
    ['greylisting', smtpError('EENVELOPE', 451, '451 try later'), 'TEMPORARY'],
    ['a bad sequence of commands', smtpError('EENVELOPE', 503, '503 bad sequence'), 'TEMPORARY'],
    [
      'refused credentials (our configuration)',
      smtpError('EAUTH', 535, '535 auth failed'),
      'TEMPORARY',
    ],
    ['a refused connection', smtpError('ESOCKET'), 'TEMPORARY'],
    ['a malformed address', smtpError('EENVELOPE'), 'PERMANENT'],
  ])('treats %s as %s', (_, error, kind) => {
    expect(classifySmtpFailure(error, false).kind).toBe(kind);
  });

  it('is uncertain when the end of the data was sent and no reply came', () => {
    expect(classifySmtpFailure(smtpError('ETIMEDOUT'), true).kind).toBe('UNCERTAIN');
    expect(classifySmtpFailure(smtpError('ECONNECTION'), true).kind).toBe('UNCERTAIN');
  });

  it('trusts a reply to the end of the data: the server said what it did', () => {
    expect(classifySmtpFailure(smtpError('EMESSAGE', 451, '451 later'), true).kind).toBe(
      'TEMPORARY',
    );
    expect(classifySmtpFailure(smtpError('EMESSAGE', 550, '550 spam'), true).kind).toBe(
      'PERMANENT',
    );
  });

  it('keeps the reply for the record, without the recipient’s address', () => {
    const failure = classifySmtpFailure(
      smtpError('EENVELOPE', 550, '550 5.1.1 <anna@example.org>: Recipient address rejected'),
      false,
    );
    expect(failure).toBeInstanceOf(MailDeliveryError);
    expect(failure.responseCode).toBe(550);
    expect(failure.response).toBe('550 5.1.1 <…>: Recipient address rejected');
  });

  it('strips bare addresses too', () => {
    expect(withoutAddresses('452 anna@example.org over quota')).toBe('452 … over quota');
  });
});
