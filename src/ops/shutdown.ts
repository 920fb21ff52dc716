/** Resolves on the first SIGTERM or SIGINT; a second one exits at once (for a stuck shutdown). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const on = (sig: NodeJS.Signals) => {
      if (received) process.exit(130);
      received = true;
      resolve(sig);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}
