import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Classifier } from '../llm/port.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import type { StepQueues } from '../queue/queues.ts';
import type { Sender } from '../send/port.ts';

/** The process's Prometheus metrics (one registry per process; tests make their own). */
export interface Metrics {
  registry: Registry;
  stepSeconds: Histogram<'step' | 'outcome'>;
  failures: Counter<'step' | 'class'>;
  tokens: Counter<'kind'>;
  sends: Counter<'provider' | 'outcome'>;
  queueDepth: Gauge<'queue' | 'status'>;
}

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'deskhand_' });
  return {
    registry,
    stepSeconds: new Histogram({
      name: 'deskhand_step_duration_seconds',
      help: 'Time one pipeline step took, by step and outcome (ok, retry, failed)',
      labelNames: ['step', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    failures: new Counter({
      name: 'deskhand_step_failures_total',
      help: 'Failed step runs, by step and error class (transient: will retry; permanent: message failed)',
      labelNames: ['step', 'class'],
      registers: [registry],
    }),
    tokens: new Counter({ name: 'deskhand_model_tokens_total', help: 'Model tokens used by the classifier', labelNames: ['kind'], registers: [registry] }),
    sends: new Counter({ name: 'deskhand_sends_total', help: 'Replies handed to the sender, by provider and outcome', labelNames: ['provider', 'outcome'], registers: [registry] }),
    queueDepth: new Gauge({ name: 'deskhand_queue_jobs', help: 'Jobs per step queue and status (read from Redis at scrape time)', labelNames: ['queue', 'status'], registers: [registry] }),
  };
}

/** Reads the queue depths into the gauge; called just before a scrape. */
export async function refreshQueueDepth(metrics: Metrics, queues: StepQueues): Promise<void> {
  await Promise.all(
    Object.entries(queues.byStep).map(async ([name, q]) => {
      const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      for (const [status, n] of Object.entries(counts)) metrics.queueDepth.set({ queue: name, status }, n);
    }),
  );
}

/** Wraps the classifier and sender so tokens and sends are counted whichever runner drives the steps. */
export function instrumentDeps<D extends PipelineDeps>(deps: D, metrics: Metrics): D {
  const inner = deps.classifier;
  const classifier: Classifier = {
    kind: inner.kind,
    async classify(email, ctx) {
      const r = await inner.classify(email, ctx);
      if (r.usage) {
        metrics.tokens.inc({ kind: 'prompt' }, r.usage.promptTokens ?? 0);
        metrics.tokens.inc({ kind: 'completion' }, r.usage.completionTokens ?? 0);
      }
      return r;
    },
  };
  const sender0 = deps.sender;
  const sender: Sender = {
    kind: sender0.kind,
    async send(reply) {
      try {
        const receipt = await sender0.send(reply);
        metrics.sends.inc({ provider: sender0.kind, outcome: 'sent' });
        return receipt;
      } catch (err) {
        metrics.sends.inc({ provider: sender0.kind, outcome: 'error' });
        throw err;
      }
    },
  };
  return { ...deps, classifier, sender };
}

/** The /metrics response body and content type. */
export async function renderMetrics(metrics: Metrics, queues?: StepQueues | null): Promise<{ body: string; contentType: string }> {
  if (queues) await refreshQueueDepth(metrics, queues).catch(() => {});
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}
