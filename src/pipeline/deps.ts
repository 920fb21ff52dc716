import type { Config } from '../config.ts';
import type { Crm } from '../crm/port.ts';
import type { ContinueLocally } from './localSteps.ts';
import type { Classifier } from '../llm/port.ts';
import type { Logger } from '../log.ts';
import type { Sender } from '../send/port.ts';
import type { Shop } from '../shop/port.ts';
import type { Db } from '../store/db.ts';

/** Everything a pipeline step needs; each adapter sits behind its port. */
export interface PipelineDeps {
  db: Db;
  config: Config;
  shop: Shop;
  classifier: Classifier;
  sender: Sender;
  crm: Crm;
  log: Logger;
  now: () => Date;
  /** Set by the runner: the local steps that follow a step run in its transaction (see localSteps.ts). */
  continueLocally?: ContinueLocally;
}
