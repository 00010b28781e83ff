import { Lexer } from 'yaml';
import { readFileSync } from 'node:fs';
for (const f of ['decks/python-asyncio.yaml', 'decks/js-promises.yaml']) {
  const s = readFileSync(f, 'utf8'); let n = 0; for (const _ of new Lexer().lex(s)) n++;
  console.log(f, s.length, n, 'tokens; items ~', (s.match(/^  - /gm) ?? []).length);
}
