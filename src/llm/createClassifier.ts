import type { Config } from '../config.ts';
import { OfflineClassifier } from './offlineClassifier.ts';
import type { OpenAIClassifier } from './openaiClassifier.ts';
import type { Classifier } from './port.ts';

/** OpenAI function calling when OPENAI_API_KEY is set, the offline rules classifier otherwise. */
export function createClassifier(config: Config): Classifier {
  if (!config.OPENAI_API_KEY) return new OfflineClassifier();
  const opts = {
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
  };
  // The OpenAI SDK (~30 MB resident) is imported only when a key is set. Loading starts now; a
  // failure (say, an unreadable system prompt) is thrown by the first classify.
  const ready: Promise<OpenAIClassifier> = import('./openaiClassifier.ts').then((m) => new m.OpenAIClassifier(opts));
  ready.catch(() => {});
  return { kind: 'openai', classify: async (email, ctx) => (await ready).classify(email, ctx) };
}
