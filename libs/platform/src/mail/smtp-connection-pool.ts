import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { classifySmtpFailure } from './smtp-failure.js';

export interface SmtpPoolOptions {
  url: string;
  maxConnections: number;
  /** A connection is closed after this many messages, as large providers expect. */
  maxMessagesPerConnection?: number;
  timeoutMs?: number;
}

interface Pooled {
  smtp: SMTPConnection;
  sent: number;
  broken: boolean;
}

/**
 * A small pool of nodemailer SMTP connections that sends pre-built messages. It exists instead of
 * nodemailer's own pool for one reason: the message stream is piped only after the server accepted
 * DATA, so `beforeCommit` runs at the last moment before the final '.', the only step after which
 * the server may hold the message.
 */
export class SmtpConnectionPool {
  private readonly idle: Pooled[] = [];
  private readonly waiting: Array<() => void> = [];
  private open = 0;
  private closed = false;

  constructor(private readonly options: SmtpPoolOptions) {}

  async send(
    envelope: { from: string; to: string },
    message: Buffer,
    beforeCommit?: () => Promise<void>,
  ): Promise<string> {
    const pooled = await this.acquire();
    let dataEndSent = false;
    let gateError: unknown;
    const gate = async () => {
      try {
        await beforeCommit?.();
      } catch (error) {
        gateError = error;
        throw error;
      }
      dataEndSent = true;
    };
    try {
      const info = await new Promise<SMTPConnection.SentMessageInfo>((resolve, reject) =>
        pooled.smtp.send(
          { from: envelope.from, to: [envelope.to] },
          gatedStream(message, gate),
          (error, result) => (error ? reject(error) : resolve(result)),
        ),
      );
      pooled.sent += 1;
      this.release(pooled);
      return info.response;
    } catch (error) {
      // After a failure the session may be mid-transaction: a fresh connection is cheaper than doubt.
      pooled.broken = true;
      this.release(pooled);
      // A refused gate means the caller chose not to send: its own error, not an SMTP failure.
      if (gateError !== undefined) throw gateError;
      throw classifySmtpFailure(error, dataEndSent);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pooled of this.idle.splice(0)) pooled.smtp.quit();
  }

  private async acquire(): Promise<Pooled> {
    for (;;) {
      if (this.closed) throw classifySmtpFailure({ code: 'ECONNECTION' }, false);
      const pooled = this.idle.pop();
      if (pooled && !pooled.broken) return pooled;
      if (pooled) this.discard(pooled);
      if (this.open < this.options.maxConnections) {
        this.open += 1;
        try {
          return await this.connect();
        } catch (error) {
          this.open -= 1;
          this.wakeOne();
          throw classifySmtpFailure(error, false);
        }
      }
      await new Promise<void>((resume) => this.waiting.push(resume));
    }
  }

  private release(pooled: Pooled): void {
    const limit = this.options.maxMessagesPerConnection ?? 500;
    if (pooled.broken || pooled.sent >= limit || this.closed) this.discard(pooled);
    else this.idle.push(pooled);
    this.wakeOne();
  }

  private discard(pooled: Pooled): void {
    this.open -= 1;
    if (pooled.broken) pooled.smtp.close();
    else pooled.smtp.quit();
  }

  private wakeOne(): void {
    this.waiting.shift()?.();
  }

  private connect(): Promise<Pooled> {
    const url = new URL(this.options.url);
    const secure = url.protocol === 'smtps:';
    const timeout = this.options.timeoutMs ?? 30_000;
    const smtp = new SMTPConnection({
      host: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      secure,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    const pooled: Pooled = { smtp, sent: 0, broken: false };
    // Errors of an idle connection (the server hung up) only retire it.
    smtp.on('error', () => (pooled.broken = true));
    smtp.on('end', () => (pooled.broken = true));
    return new Promise<Pooled>((resolve, reject) => {
      smtp.connect((error) => {
        if (error) {
          smtp.close();
          return reject(error);
        }
        if (!url.username) return resolve(pooled);
        smtp.login(
          { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
          (loginError) => (loginError ? reject(loginError) : resolve(pooled)),
        );
      });
    });
  }
}

/** The message, then `gate`, then the end of the stream (which makes SMTPConnection send '.'). */
function gatedStream(message: Buffer, gate: () => Promise<void>): Readable {
  let pushed = false;
  let gating = false;
  return new Readable({
    read() {
      if (!pushed) {
        pushed = true;
        this.push(message);
        return;
      }
      if (gating) return;
      gating = true;
      gate().then(
        () => this.push(null),
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
}
