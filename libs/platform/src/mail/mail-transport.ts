import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import MailComposer from 'nodemailer/lib/mail-composer';
import { AppConfig } from '../config/app-config.js';
import { FileMailSender } from './file-mail-sender.js';
import type { MailReceipt, OutgoingMail, SendHooks } from './outgoing-mail.js';
import { SmtpConnectionPool } from './smtp-connection-pool.js';

/**
 * Sends e-mail composed by nodemailer: over SMTP when SMTP_URL is set (a provider, or a mail
 * catcher such as Mailpit on smtp://127.0.0.1:1025), otherwise as .eml files in MAIL_DIR so that
 * a demo shows what would have gone out. Failures are MailDeliveryError with their kind.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp?: SmtpConnectionPool;
  private readonly files?: FileMailSender;
  readonly from: string;
  readonly kind: 'smtp' | 'file';

  constructor(config: AppConfig) {
    this.from = config.MAIL_FROM;
    if (config.SMTP_URL) {
      this.kind = 'smtp';
      this.smtp = new SmtpConnectionPool({
        url: config.SMTP_URL,
        maxConnections: config.SMTP_POOL_SIZE,
      });
    } else {
      this.kind = 'file';
      this.files = new FileMailSender(config.MAIL_DIR);
    }
  }

  /** A Message-ID on the sender's domain for a stable local part, e.g. a delivery id. */
  messageId(localPart: string): string {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.from)?.[1] ?? 'incrocio.localhost';
    return `<${localPart.replace(/[^a-zA-Z0-9.-]/g, '.')}@${domain}>`;
  }

  async send(mail: OutgoingMail, hooks: SendHooks = {}): Promise<MailReceipt> {
    const message = await compose(this.from, mail);
    const response = this.smtp
      ? await this.smtp.send(
          { from: envelopeAddress(this.from), to: mail.to },
          message,
          hooks.beforeCommit,
        )
      : await this.files!.send(mail.messageId, message, hooks.beforeCommit);
    return { messageId: mail.messageId, response };
  }

  async onModuleDestroy(): Promise<void> {
    await this.smtp?.close();
  }
}

function compose(from: string, mail: OutgoingMail): Promise<Buffer> {
  return new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { ...mail.headers },
    // Base64 is encoded natively; nodemailer's quoted-printable encoder, byte by byte in
    // JavaScript, halved the bulletin's throughput in the benchmark.
    textEncoding: 'base64',
  })
    .compile()
    .build();
}

/** 'Incrocio <bollettino@example.org>' → 'bollettino@example.org' */
function envelopeAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
