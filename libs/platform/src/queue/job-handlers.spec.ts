import { jest } from '@jest/globals';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import { IsInt, Min } from 'class-validator';
import { InvalidJobPayloadError } from './invalid-job-payload.error.js';
import { defineJob, IsRecordId } from './job-definition.js';
import { enqueueJob, enqueueJobs } from './job-enqueue.js';
import { EmptyPayload } from './empty-payload.js';
import { assertEveryJobHandled, JobHandlers } from './job-handlers.js';
import { MissingJobHandlerError } from './missing-job-handler.error.js';
import { QUEUES } from './queue-names.js';

class SendPayload {
  @IsRecordId()
  deliveryId!: string;

  @IsInt()
  @Min(0)
  generation!: number;
}

const send = defineJob({
  queue: QUEUES.bulletinDelivery,
  name: 'send',
  payload: SendPayload,
  options: ({ deliveryId, generation }) => ({ jobId: `delivery-${deliveryId}-g${generation}` }),
});
const sweep = defineJob({ queue: QUEUES.bulletinDelivery, name: 'sweep', payload: EmptyPayload });
const group = { send, sweep };

// Not a v4 uuid: PostgreSQL stores it, so a job may carry it.
const ID = '11111111-2222-3333-4444-555555555555';
const GOOD = { deliveryId: ID, generation: 2 };
const MALFORMED: Array<[string, unknown]> = [
  ['an extra field', { ...GOOD, email: 'anna.rossi@example.org' }],
  ['a wrong type', { deliveryId: ID, generation: '2' }],
  ['a field that is not an id', { deliveryId: 'Anna Rossi', generation: 2 }],
  ['a missing field', { deliveryId: ID }],
  ['no object at all', 'send'],
];

function fakeQueue(name: string) {
  const add = jest.fn(async () => undefined);
  const addBulk = jest.fn(async () => undefined);
  return { queue: { name, add, addBulk } as unknown as Queue, add, addBulk };
}

function fakeJob(name: string, data: unknown): Job {
  return { name, data, opts: {}, attemptsMade: 0 } as unknown as Job;
}

describe('job registry: enqueueing', () => {
  it('adds a valid payload with the id its definition builds', async () => {
    const { queue, add } = fakeQueue(QUEUES.bulletinDelivery);
    await enqueueJob(queue, send, GOOD, { attempts: 3 });
    expect(add).toHaveBeenCalledWith('send', GOOD, {
      attempts: 3,
      jobId: `delivery-${ID}-g2`,
    });
  });

  it.each(MALFORMED)('refuses a payload with %s and enqueues nothing', async (_, data) => {
    const { queue, add } = fakeQueue(QUEUES.bulletinDelivery);
    await expect(enqueueJob(queue, send, data as SendPayload)).rejects.toThrow(
      InvalidJobPayloadError,
    );
    expect(add).not.toHaveBeenCalled();
  });

  it('refuses any field on a job that takes none', async () => {
    const { queue, add } = fakeQueue(QUEUES.bulletinDelivery);
    await expect(enqueueJob(queue, sweep, { id: ID } as EmptyPayload)).rejects.toThrow(
      /property id should not exist/,
    );
    await enqueueJob(queue, sweep, {});
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('checks every payload of a bulk before adding the first one', async () => {
    const { queue, addBulk } = fakeQueue(QUEUES.bulletinDelivery);
    const payloads = [GOOD, { ...GOOD, generation: -1 }];
    await expect(enqueueJobs(queue, send, payloads)).rejects.toThrow(/generation/);
    expect(addBulk).not.toHaveBeenCalled();
  });

  it('refuses a job sent to a queue that is not its own', async () => {
    const { queue, add } = fakeQueue(QUEUES.matching);
    await expect(enqueueJob(queue, send, GOOD)).rejects.toThrow(/non va sulla coda matching/);
    expect(add).not.toHaveBeenCalled();
  });
});

describe('job registry: processing', () => {
  const handled: unknown[] = [];
  const handlers = JobHandlers.of(QUEUES.bulletinDelivery, group, {
    send: async (payload) => handled.push(payload),
    sweep: async () => handled.push('sweep'),
  });

  beforeEach(() => (handled.length = 0));

  it('hands a valid payload to the handler of its name', async () => {
    await handlers.dispatch(fakeJob('send', GOOD));
    await handlers.dispatch(fakeJob('sweep', {}));
    expect(handled).toEqual([GOOD, 'sweep']);
  });

  it.each(MALFORMED)(
    'fails a job with %s for good, without calling its handler',
    async (_, data) => {
      const failure = handlers.dispatch(fakeJob('send', data));
      await expect(failure).rejects.toThrow(UnrecoverableError);
      await expect(failure).rejects.toThrow(/dati del lavoro bulletin-delivery\/send non validi/);
      expect(handled).toEqual([]);
    },
  );

  it('fails a job whose name has no handler', async () => {
    await expect(handlers.dispatch(fakeJob('send-everything', {}))).rejects.toThrow(
      /unknown job: bulletin-delivery\/send-everything/,
    );
  });
});

describe('job registry: every job has a handler', () => {
  const handlers = JobHandlers.of(QUEUES.bulletinDelivery, { send }, { send: async () => 1 });

  it('passes when every registered job is handled', () => {
    expect(() => assertEveryJobHandled([send], [handlers])).not.toThrow();
  });

  it('counts a job whose handler is missing at run time as unhandled', () => {
    const partial = JobHandlers.of(QUEUES.bulletinDelivery, group, {
      send: async () => 1,
    } as unknown as Parameters<typeof JobHandlers.of<typeof group>>[2]);
    expect(() => assertEveryJobHandled([send, sweep], [partial])).toThrow(
      new MissingJobHandlerError(['bulletin-delivery/sweep']),
    );
  });

  it('names the registered jobs that nothing handles', () => {
    const orphan = defineJob({ queue: QUEUES.matching, name: 'send', payload: EmptyPayload });
    expect(() => assertEveryJobHandled([send, sweep, orphan], [handlers])).toThrow(
      new MissingJobHandlerError(['bulletin-delivery/sweep', 'matching/send']),
    );
  });
});
