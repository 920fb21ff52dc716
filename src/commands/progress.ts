import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress bar on a terminal; on a pipe (CI, logs) a line every 25 %. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label.padEnd(10)} {bar} {value}/{total} {percentage}%`, stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.setTotal(Math.max(total, done));
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastQuarter = -1;
  return {
    update(done, total) {
      const q = total === 0 ? 4 : Math.floor((done / total) * 4);
      if (q !== lastQuarter) {
        lastQuarter = q;
        stream.write(`${label}: ${done}/${total}\n`);
      }
    },
    stop() {},
  };
}
