/**
 * A progress bar for long start-up work (loading demo data, reindexing): redrawn in place on a
 * terminal, a line per quarter otherwise (CI logs).
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  const started = Date.now();
  let lastQuarter = -1;
  let lastDraw = 0;

  function draw(done: number, final = false) {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    if (stream.isTTY) {
      if (!final && Date.now() - lastDraw < 50) return;
      lastDraw = Date.now();
      const filled = Math.round(ratio * width);
      stream.write(`\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${final ? '\n' : ''}`);
      return;
    }
    const quarter = Math.floor(ratio * 4);
    if (quarter > lastQuarter || final) {
      lastQuarter = quarter;
      stream.write(`  ${label}: ${done}/${total}${final ? ` in ${((Date.now() - started) / 1000).toFixed(1)} s` : ''}\n`);
    }
  }

  return {
    update(done: number) {
      draw(done);
    },
    done(done = total) {
      draw(done, true);
    },
  };
}
