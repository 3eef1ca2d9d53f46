import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public, QUEUES } from '#libs/platform';
import { SearchPort } from '#libs/search';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

interface Check {
  status: 'up' | 'down';
  latencyMs: number;
  detail?: string;
}

/** The health report, the same body with 200 (all up) and 503 (something down). */
export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: { database: Check; redis: Check; search: Check & { backend: SearchPort['backend'] } };
}

async function timed(probe: () => Promise<unknown>, timeoutMs = 1500): Promise<Check> {
  const started = performance.now();
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('tempo scaduto')), timeoutMs).unref(),
      ),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'errore';
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      detail: `non raggiungibile: ${message}`,
    };
  }
}

@ApiTags('sistema')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
    private readonly search: SearchPort,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Stato di database, Redis e motore di ricerca (503 se uno non risponde)',
  })
  @ApiServiceUnavailableResponse({
    description:
      'Database, Redis o motore di ricerca non rispondono (stesso corpo, stato `degraded`)',
    schema: { $ref: '#/components/schemas/HealthReport' },
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const [database, redis, search] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.queue.getJobCounts('waiting')),
      timed(() => this.search.health()),
    ]);
    const checks = { database, redis, search: { backend: this.search.backend, ...search } };
    const up = [database, redis, search].every((check) => check.status === 'up');
    res.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'degraded', checks };
  }
}
