import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { QUEUE_NAMES } from './queue-names.js';
import { redisOptions } from './redis-connection.js';

/**
 * The BullMQ connection and every queue, shared by the API (which enqueues) and the worker (which
 * also registers processors). The prefix separates deployments and test files on one Redis.
 */
@Module({})
export class QueueModule {
  static forRoot(purpose: 'worker' | 'producer'): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.REDIS_URL, purpose),
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: {
              attempts: 5,
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: { age: 24 * 3600, count: 10000 },
              removeOnFail: { age: 7 * 24 * 3600 },
            },
          }),
        }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
      ],
      exports: [BullModule],
    };
  }
}
