/**
 * The end of every generator with a `--check` mode: with `--check`, fail when the file on disk is
 * not `text` (so `npm run check:generated` catches a stale copy); without it, write `text`.
 */
import { readFile, writeFile } from 'node:fs/promises';

/**
 * @param {string | URL} file the generated file
 * @param {string} text what it should hold
 * @param {{ shown: string, regenerate: string }} names how the file and its generator are named in messages
 */
export async function writeOrCheckGenerated(file, text, { shown, regenerate }) {
  if (process.argv.includes('--check')) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`${shown} is out of date: run ${regenerate}`);
      process.exit(1);
    }
    console.log(`${shown} is current`);
  } else {
    await writeFile(file, text);
    console.log(`wrote ${shown}`);
  }
}
