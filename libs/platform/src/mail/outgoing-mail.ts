/** One message, ready to go: the caller has rendered it; the transport only composes and sends. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers such as List-Unsubscribe; values must already be header-safe. */
  headers?: Readonly<Record<string, string>>;
  /** '<local@domain>': chosen by the caller so that a retry carries the same id. */
  messageId: string;
}

export interface SendHooks {
  /**
   * Runs after the message body has been handed over and before the end of the data is sent (the
   * final '.' of SMTP DATA, or the rename of a file): until it resolves, the server cannot have
   * accepted the message. If it rejects, the message is abandoned and never delivered.
   */
  beforeCommit?: () => Promise<void>;
}

export interface MailReceipt {
  messageId: string;
  /** The server's reply, e.g. '250 2.0.0 Ok: queued as 4F1C'. */
  response: string;
}

/**
 * - PERMANENT: the server refused this recipient or message for good (5xx): do not retry.
 * - TEMPORARY: a 4xx reply, a connection or configuration problem: the same message may go later.
 * - UNCERTAIN: the end of the data was sent and no reply came back: the server may have accepted
 *   the message, so sending it again could deliver it twice.
 */
export type MailFailureKind = 'PERMANENT' | 'TEMPORARY' | 'UNCERTAIN';

export class MailDeliveryError extends Error {
  constructor(
    readonly kind: MailFailureKind,
    message: string,
    readonly responseCode?: number,
    /** The server's reply without addresses, for the delivery record. */
    readonly response?: string,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

/** Server replies quote the recipient ('<anna@example.org>: user unknown'): keep the code and words. */
export function withoutAddresses(response: string | undefined): string | undefined {
  if (response === undefined) return undefined;
  return response
    .replace(/<[^<>\s]*@[^<>\s]*>/g, '<…>')
    .replace(/[^\s<>]+@[^\s<>]+/g, '…')
    .slice(0, 300);
}
