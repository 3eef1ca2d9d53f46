import type { Response } from 'supertest';

/** Asserts the RFC 9457 shape every error of the API must have, and returns the problem body. */
export function expectProblem(response: Response, status: number, code?: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code: expect.any(String),
    }),
  );
  if (code) expect(response.body.code).toBe(code);
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/\bat \w+.*\.(ts|js):\d+|SELECT |INSERT |QueryFailedError/);
  return response.body as {
    code: string;
    detail: string;
    errors?: Array<{ field: string; message: string }>;
  };
}
