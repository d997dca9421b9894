/** The error middleware's last resort: an unexpected failure is logged and answered with a generic 500. */

import { errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
});

afterAll(() => api.close());

it('answers 500 with a generic message, and logs the error to stderr', async () => {
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    // A real failure: the store is closed under the running app.
    api.corpus.close();
    const error = await errorOf(await api.fetch('/api/stats'), 500);
    expect(error).toMatch(/^Internal server error/);
    expect(error).not.toMatch(/database|sqlite/i);
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/GET \/api\/stats failed/),
      expect.objectContaining({ message: 'The database connection is not open' }),
    );
  } finally {
    logged.mockRestore();
  }
});
