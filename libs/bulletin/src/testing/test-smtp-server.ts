import { SMTPServer } from 'smtp-server';
import { type ParsedMail, parseMail } from './mail-parser.js';

/** How the server answers RCPT TO for an address: accept, or an SMTP error (4xx or 5xx). */
export type RecipientReply = 'accept' | { code: number; message: string };

export interface TestSmtpServer {
  url: string;
  /** Every message accepted with 250, in order. */
  received: ParsedMail[];
  /** How many times each address was offered in RCPT TO (accepted or not). */
  attempts(address: string): number;
  receivedBy(address: string): ParsedMail[];
  /** Decides the reply per address; `attempt` counts from 1. */
  reply(decide: (address: string, attempt: number) => RecipientReply): void;
  /** From now on, once `count` messages were accepted, RCPT TO is left unanswered. */
  holdAfter(count: number): void;
  /** Sessions waiting on an unanswered RCPT TO. */
  held(): number;
  /** Stops holding; waiting sessions are answered (or dropped, if their client is gone). */
  release(options?: { answerHeld: boolean }): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process, on 127.0.0.1 and a free port, so that tests exercise
 * the real nodemailer client, its errors and its timings.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const attempts = new Map<string, number>();
  let decide: (address: string, attempt: number) => RecipientReply = () => 'accept';
  let holdAfter: number | null = null;
  const held: Array<() => void> = [];

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const email = address.address.toLowerCase();
      const attempt = (attempts.get(email) ?? 0) + 1;
      attempts.set(email, attempt);
      const answer = () => {
        const reply = decide(email, attempt);
        if (reply === 'accept') return callback();
        callback(Object.assign(new Error(reply.message), { responseCode: reply.code }));
      };
      if (holdAfter !== null && received.length >= holdAfter) held.push(answer);
      else answer();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(parseMail(Buffer.concat(chunks).toString('utf8')));
        callback(null, 'Ok: queued');
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts: (address) => attempts.get(address.toLowerCase()) ?? 0,
    receivedBy: (address) => received.filter((mail) => mail.to === address.toLowerCase()),
    reply: (fn) => (decide = fn),
    holdAfter: (count) => (holdAfter = count),
    held: () => held.length,
    release: ({ answerHeld } = { answerHeld: true }) => {
      holdAfter = null;
      const waiting = held.splice(0);
      if (answerHeld) waiting.forEach((answer) => answer());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
