import type { Config } from '../config.ts';
import { OfflineClassifier } from './offlineClassifier.ts';
import { OpenAIClassifier } from './openaiClassifier.ts';
import type { Classifier } from './port.ts';

/** OpenAI function calling when OPENAI_API_KEY is set, the offline rules classifier otherwise. */
export function createClassifier(config: Config): Classifier {
  if (!config.OPENAI_API_KEY) return new OfflineClassifier();
  return new OpenAIClassifier({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
  });
}
