/** Prints what the probe saw: bad answers, old after new, renders per round, torn cache files. */
import { MODE, ROUNDS, type Answer } from './shared-build-settings';

export function printSummary(answers: Answer[], lags: number[], atRest: string[][]) {
  const bad = answers.filter((a) => a.status !== 200 || !a.whole);
  console.log(`${MODE}: answers: ${answers.length}, not 200 or not whole: ${bad.length}`);
  for (const answer of bad.slice(0, 10)) console.log('  ', JSON.stringify(answer));
  for (const server of [0, 1]) {
    const lastOld: number[] = [];
    const firstNew: number[] = [];
    const renders: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const mine = answers.filter((a) => a.server === server && a.round === round);
      const older = mine.filter((a) => (a.version ?? 0) < round);
      const newer = mine.filter((a) => a.version === round);
      lastOld.push(Math.max(0, ...older.map((a) => a.ms)));
      firstNew.push(Math.min(...newer.map((a) => a.ms)));
      renders.push(mine.filter((a) => a.cache === 'MISS').length);
      // Once a process served the new version, did it ever go back to an old one?
      const backwards = newer.length
        ? older.filter((a) => a.ms > Math.min(...newer.map((n) => n.ms))).length
        : 0;
      if (backwards) console.log(`  server ${server} round ${round}: ${backwards} old after new`);
    }
    const sorted = (values: number[]) => values.map(Math.round).sort((x, y) => x - y);
    console.log(
      `server ${server}: first new answer, ms after the save, by round:`,
      sorted(firstNew),
    );
    console.log(`server ${server}: last old answer, ms after the save:`, sorted(lastOld));
    console.log(`server ${server}: renders (x-nextjs-cache MISS) per round:`, renders);
  }
  const both = [...new Set(answers.filter((a) => a.cache === 'MISS').map((a) => a.round))].filter(
    (round) =>
      [0, 1].every((server) =>
        answers.some((a) => a.round === round && a.server === server && a.cache === 'MISS'),
      ),
  );
  console.log(
    `rounds where both processes rendered (and wrote) the page: ${both.length}/${ROUNDS}`,
  );
  console.log(
    'lag between the two processes noticing the save, ms:',
    lags.sort((x, y) => x - y),
  );
  console.log('cache files after the last round:', atRest.at(-1));
  const torn = atRest.flat().filter((line) => / NOT WHOLE| DOES NOT PARSE/.test(line));
  console.log(`cache files not whole after a round: ${torn.length}`);
}
