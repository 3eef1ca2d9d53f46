import type { INestApplicationContext } from '@nestjs/common';
import { OpenedResources, TcpProxy, TEST_REDIS_URL } from '#libs/testing';
import { startTestSmtpServer } from '../../../libs/bulletin/src/testing/test-smtp-server.js';
import { type BulletinE2e, startBulletinE2e } from '../bulletin/bulletin-e2e.js';
import { type MatchingHarness, startMatchingHarness } from '../matching-harness.js';
import { startTestApi, type TestApi } from '../test-api.js';
import { startTestWorker } from '../test-worker.js';

/*
 * Not a test of the product: setups that fail halfway, run by setup-failure.e2e-spec.ts in a child
 * Jest with a gazetteer that does not exist. Every helper must close what it opened before the
 * failure, or the child Jest would never exit.
 */

describe('an API whose database setup fails, behind a proxy and beside an SMTP server', () => {
  const opened = new OpenedResources();
  let api: TestApi;

  beforeAll(async () => {
    const proxy = opened.keep(await TcpProxy.inFrontOf(TEST_REDIS_URL), (proxy) => proxy.close());
    opened.keep(await startTestSmtpServer(), (smtp) => smtp.close());
    api = opened.keep(
      await startTestApi('setupfails', {}, { REDIS_URL: proxy.url(TEST_REDIS_URL) }),
      (api) => api.close(),
    );
  });
  afterAll(() => opened.close());

  it('never runs', () => expect(api).toBeDefined());
});

describe('the bulletin e2e environment whose API fails to start', () => {
  let e2e: BulletinE2e;
  beforeAll(async () => {
    e2e = await startBulletinE2e('setupfails');
  });
  afterAll(() => e2e?.close());

  it('never runs', () => expect(e2e).toBeDefined());
});

describe('the matching harness whose API fails to start', () => {
  let h: MatchingHarness;
  let worker: INestApplicationContext | undefined;
  beforeAll(async () => {
    h = await startMatchingHarness('setupfails', { worker: true });
    worker = await startTestWorker(h.config);
  });
  afterAll(async () => {
    await worker?.close();
    await h?.close();
  });

  it('never runs', () => expect(h).toBeDefined());
});
