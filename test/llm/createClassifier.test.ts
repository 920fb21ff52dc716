import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { ParsedEmail } from '../../src/domain/email.ts';
import { createClassifier } from '../../src/llm/createClassifier.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';

const server = useMswServer();

const email: ParsedEmail = {
  messageId: '<a@b.example>', inReplyTo: null, references: [],
  from: { address: 'ana@example.com', name: '' }, to: [], replyTo: null,
  subject: 'Order #1001', date: null, headers: {}, contentType: 'text/plain',
  text: 'Where is #1001?', newText: 'Where is #1001?', quotedText: '', signature: '', htmlOnly: false, attachments: [],
};

describe('createClassifier', () => {
  it('is the offline classifier without OPENAI_API_KEY', () => {
    expect(createClassifier(loadConfig({})).kind).toBe('offline');
  });

  it('passes the key, base URL, model and retry count from the config to the OpenAI client', async () => {
    const seen = requestLog();
    server.use(
      http.post('https://gateway.example/v1/chat/completions', async ({ request }) => {
        await seen.record(request);
        return HttpResponse.json({ error: { message: 'Bad gateway', type: 'server_error', param: null, code: null } }, { status: 502, headers: { 'retry-after': '0' } });
      }),
    );
    const classifier = createClassifier(
      loadConfig({ OPENAI_API_KEY: 'sk-from-env', OPENAI_BASE_URL: 'https://gateway.example/v1', OPENAI_MODEL: 'gpt-4.1-mini', OPENAI_MAX_RETRIES: '1', OPENAI_TIMEOUT_MS: '5000' }),
    );
    expect(classifier.kind).toBe('openai');

    const result = await classifier.classify(email, { orderPrefix: '#', orderSuffix: '' });

    expect(seen.all).toHaveLength(2);
    expect(seen.last.headers.get('authorization')).toBe('Bearer sk-from-env');
    expect(seen.last.json<{ model: string }>().model).toBe('gpt-4.1-mini');
    expect(result.fallbackReason).toBe('openai: 502 server error after 1 retry');
  });
});
