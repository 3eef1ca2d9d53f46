import { jest } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  matchingJobs,
  PushVacancyToPeopleUseCase,
  RecomputeMatchesUseCase,
  VacancyIndexLoader,
} from '#libs/matching';
import {
  defineJob,
  EmptyPayload,
  JobHandlers,
  type JobProcessor,
  MissingJobHandlerError,
  QUEUES,
} from '#libs/platform';
import { type Job, UnrecoverableError } from 'bullmq';
import { JOB_HANDLERS_CHECK, JOB_REGISTRY, jobHandlersCheck } from './worker.jobs.js';
import { MatchingProcessor } from './matching/matching.processor.js';
import { WORKER_PROCESSORS } from './worker.module.js';

const ping = defineJob({ queue: QUEUES.maintenance, name: 'ping', payload: EmptyPayload });
const forgotten = defineJob({
  queue: QUEUES.maintenance,
  name: 'forgotten',
  payload: EmptyPayload,
});

@Injectable()
class PingProcessor implements JobProcessor {
  readonly handlers = JobHandlers.of(QUEUES.maintenance, { ping }, { ping: async () => 'pong' });
}

/** Builds the processors with stand-ins for their use cases: no database, no Redis. */
function buildWorker(registry = JOB_REGISTRY) {
  return Test.createTestingModule({
    providers: [...WORKER_PROCESSORS, jobHandlersCheck(registry, WORKER_PROCESSORS)],
  })
    .useMocker(() => ({}))
    .compile();
}

describe('worker bootstrap and the job registry', () => {
  it('starts when every registered job has a handler in the worker as built', async () => {
    const worker = await buildWorker();
    expect(worker.get(JOB_HANDLERS_CHECK)).toBe(true);
    expect(JOB_REGISTRY.length).toBeGreaterThanOrEqual(13);
  });

  it('refuses to start when a registered job has no handler', async () => {
    await expect(
      Test.createTestingModule({
        providers: [PingProcessor, jobHandlersCheck([ping, forgotten], [PingProcessor])],
      }).compile(),
    ).rejects.toThrow(new MissingJobHandlerError(['maintenance/forgotten']));
  });

  it('refuses to start when a registered job belongs to no processor of the worker', async () => {
    await expect(buildWorker([...JOB_REGISTRY, forgotten])).rejects.toThrow(
      /nessun gestore per i lavori maintenance\/forgotten: il worker non parte/,
    );
  });
});

describe('a processor checks the payload before its use case sees it', () => {
  const recompute = { execute: jest.fn(async () => ({})) };
  const vacancyIndex = { refresh: jest.fn(async () => undefined) };
  const push = { execute: jest.fn(async () => ({ inReach: 0, added: 0 })) };
  let processor: MatchingProcessor;

  beforeAll(async () => {
    const worker = await Test.createTestingModule({ providers: [MatchingProcessor] })
      .useMocker((token) =>
        token === RecomputeMatchesUseCase
          ? recompute
          : token === VacancyIndexLoader
            ? vacancyIndex
            : token === PushVacancyToPeopleUseCase
              ? push
              : {},
      )
      .compile();
    processor = worker.get(MatchingProcessor);
  });

  beforeEach(() => recompute.execute.mockClear());

  const job = (data: unknown) =>
    ({ name: matchingJobs.recompute.name, data, opts: {} }) as unknown as Job;
  const id = '0b6c7c4e-5f7e-4d2a-8f0e-6a1c2d3e4f50';

  it('runs a well-formed recompute', async () => {
    await processor.process(job({ subjectType: 'vacancy', id }));
    expect(recompute.execute).toHaveBeenCalledWith('vacancy', id);
  });

  it.each([
    ['an extra field', { subjectType: 'candidate', id, fiscalCode: 'RSSNNA80A41F205X' }],
    ['a wrong field', { subjectType: 'company', id }],
  ])('fails a recompute with %s, without recomputing', async (_, data) => {
    await expect(processor.process(job(data))).rejects.toThrow(UnrecoverableError);
    expect(recompute.execute).not.toHaveBeenCalled();
  });
});
