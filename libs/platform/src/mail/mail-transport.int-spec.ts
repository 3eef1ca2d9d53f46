import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../config/app-config.js';
import { MailTransport } from './mail-transport.js';
import { MailDeliveryError } from './outgoing-mail.js';

const mail = (to: string) => ({
  to,
  subject: 'Prova',
  html: '<p>Ciao</p>',
  text: 'Ciao',
  headers: { 'List-Unsubscribe': '<https://example.org/u?token=x>' },
  messageId: `<prova.${to}@incrocio.localhost>`,
});

describe('MailTransport', () => {
  describe('over SMTP', () => {
    const received: string[] = [];
    const rcptSeen: string[] = [];
    let server: SMTPServer;
    let transport: MailTransport;

    beforeAll(async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(address, _session, callback) {
          rcptSeen.push(address.address);
          if (address.address.startsWith('nessuno')) {
            return callback(Object.assign(new Error('Utente sconosciuto'), { responseCode: 550 }));
          }
          callback();
        },
        onData(stream, _session, callback) {
          let data = '';
          stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
          stream.on('end', () => {
            received.push(data);
            callback(null, 'Ok: queued as 42');
          });
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.server.address() as { port: number };
      transport = new MailTransport(loadConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` }));
    });
    afterAll(async () => {
      await transport.onModuleDestroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('sends, running the gate after the recipient was accepted and before the end of the data', async () => {
      const order: string[] = [];
      const receipt = await transport.send(mail('anna@example.org'), {
        beforeCommit: async () => {
          order.push(`gate after ${rcptSeen.length} RCPT, ${received.length} messages`);
        },
      });
      expect(receipt.response).toBe('250 Ok: queued as 42');
      expect(order).toEqual(['gate after 1 RCPT, 0 messages']);
      expect(received.at(-1)).toContain('Message-ID: <prova.anna@example.org@incrocio.localhost>');
      expect(received.at(-1)).toContain('List-Unsubscribe: <https://example.org/u?token=x>');
    });

    it('delivers nothing when the gate refuses, and the next message still goes', async () => {
      const before = received.length;
      const refusal = new Error('claim lost');
      await expect(
        transport.send(mail('bruno@example.org'), { beforeCommit: () => Promise.reject(refusal) }),
      ).rejects.toBe(refusal);
      expect(received).toHaveLength(before);
      await transport.send(mail('carla@example.org'));
      expect(received).toHaveLength(before + 1);
    });

    it('reports a refused recipient as permanent, without reaching the gate', async () => {
      let gateCalls = 0;
      const gate = async () => {
        gateCalls += 1;
      };
      const failure = await transport
        .send(mail('nessuno@example.org'), { beforeCommit: gate })
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(MailDeliveryError);
      expect(failure).toMatchObject({ kind: 'PERMANENT', responseCode: 550 });
      expect(gateCalls).toBe(0);
    });
  });

  describe('to a folder, without SMTP_URL', () => {
    it('writes an .eml file, named after the message, only once the gate passed', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'incrocio-mail-'));
      try {
        const transport = new MailTransport(loadConfig({ MAIL_DIR: dir }));
        const seen: string[][] = [];
        await transport.send(mail('anna@example.org'), {
          beforeCommit: async () => {
            seen.push((await readdir(dir)).filter((name) => name.endsWith('.eml')));
          },
        });
        expect(seen).toEqual([[]]);
        const files = await readdir(dir);
        expect(files).toHaveLength(1);
        expect(files[0]).toMatch(/prova\.anna_example\.org_incrocio\.localhost\.eml$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
