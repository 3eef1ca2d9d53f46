import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { AfterCommit } from './after-commit.js';
import { typeOrmOptions } from './typeorm-options.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...typeOrmOptions(config),
        autoLoadEntities: true,
        // A stopped database must not stop the API from starting: requests answer 503 until it is back.
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [AfterCommit],
  exports: [AfterCommit],
})
export class DatabaseModule {}
